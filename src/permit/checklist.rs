//! The checklist and the steps, adapted to the applicant: which documents they need (no
//! criminal-record certificate for kandas, no solvency certificate when exempt, housing
//! proof by variant, documents of one ground), how recent each must be, and which to bring
//! to each step. Only the documents and steps in force on the application day are listed.

use crate::date::Day;
use crate::notice::{Notice, RuleName};
use crate::permit::answer::{DocumentAnswer, StepAnswer};
use crate::rules::{Condition, Ground, Housing, PermitRules};

/// What about the applicant decides which documents they need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applicant {
    /// An ethnic Kazakh returning.
    pub kandas: bool,
    /// Exempt from proving solvency.
    pub solvency_exempt: bool,
    /// How the place of residence is proved.
    pub housing: Housing,
    /// Whether someone has agreed to provide housing.
    pub housing_agreement: bool,
    /// The ground applied on, once chosen.
    pub ground: Option<Ground>,
    /// The day of the application, from which document ages count back.
    pub application: Day,
}

impl Applicant {
    /// Whether a document with this condition is needed (a circumstance only the visitor
    /// knows keeps it listed as needed; the answer names the circumstance).
    pub fn needs(&self, when: &Condition) -> bool {
        when.kandas.is_none_or(|k| k == self.kandas)
            && when.solvency_exempt.is_none_or(|e| e == self.solvency_exempt)
            && when.housing.as_ref().is_none_or(|h| h.contains(&self.housing))
            && when.housing_agreement.is_none_or(|a| a == self.housing_agreement)
            && when.ground.as_ref().is_none_or(|g| self.ground.is_some_and(|ground| g.contains(&ground)))
    }
}

/// The checklist in force on `day`, in order, for this applicant.
pub fn documents(rules: &PermitRules, applicant: &Applicant, day: Day, notices: &mut Vec<Notice>) -> Vec<DocumentAnswer> {
    let mut out = Vec::new();
    for item in rules.documents.items() {
        let Some(e) = item.timeline.in_force(day) else { continue };
        remember(notices, Notice::unconfirmed(RuleName::Documents, e));
        out.push(DocumentAnswer {
            id: item.id,
            required: applicant.needs(&e.value.when),
            circumstance: e.value.when.circumstance,
            max_age_days: e.value.max_age_days,
            issued_from: e.value.max_age_days.map(|n| applicant.application - n),
            valid_days: e.value.valid_days,
            source: e.source,
            effective: e.from,
            unconfirmed: e.unconfirmed,
        });
    }
    out
}

/// The steps in force on `day`, in order, each with the documents this applicant brings.
pub fn steps(rules: &PermitRules, documents: &[DocumentAnswer], day: Day, notices: &mut Vec<Notice>) -> Vec<StepAnswer> {
    let required = |id: &crate::rules::Text| documents.iter().any(|d| d.id == *id && d.required);
    let mut out = Vec::new();
    for item in rules.steps.items() {
        let Some(e) = item.timeline.in_force(day) else { continue };
        remember(notices, Notice::unconfirmed(RuleName::Steps, e));
        out.push(StepAnswer {
            id: item.id,
            authority: e.value.authority,
            documents: e.value.documents.iter().filter(|id| required(id)).copied().collect(),
            optional: e.value.optional,
            max_days: e.value.max_days,
            source: e.source,
            effective: e.from,
            until: e.to,
        });
    }
    out
}

/// Adds a notice unless the same one is already there (many documents share one source).
fn remember(notices: &mut Vec<Notice>, notice: Option<Notice>) {
    if let Some(n) = notice.filter(|n| !notices.contains(n)) {
        notices.push(n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applicant(kandas: bool, housing: Housing) -> Applicant {
        let application = "2026-03-01".parse().expect("date");
        Applicant { kandas, solvency_exempt: kandas, housing, housing_agreement: false, ground: Some(Ground::Employment), application }
    }

    #[test]
    fn kandas_need_no_criminal_record_certificate() {
        let not_for_kandas = Condition { kandas: Some(false), ..Condition::default() };
        assert!(!applicant(true, Housing::Rent).needs(&not_for_kandas));
        assert!(applicant(false, Housing::Rent).needs(&not_for_kandas));
    }

    #[test]
    fn housing_proof_follows_the_variant() {
        let rent_only = Condition { housing: Some(crate::rules::List(&[Housing::Rent])), ..Condition::default() };
        assert!(applicant(false, Housing::Rent).needs(&rent_only));
        assert!(!applicant(false, Housing::Own).needs(&rent_only));
        assert!(!applicant(false, Housing::OwnerConfirmsInPerson).needs(&rent_only));
    }

    #[test]
    fn a_document_of_one_ground_is_not_needed_on_another() {
        let employment = Condition { ground: Some(crate::rules::List(&[Ground::Employment])), ..Condition::default() };
        let mut a = applicant(false, Housing::Own);
        assert!(a.needs(&employment));
        a.ground = Some(Ground::Study);
        assert!(!a.needs(&employment));
    }

    #[test]
    fn a_circumstance_keeps_the_document_needed() {
        let children = Condition { circumstance: Some(crate::rules::Text("children-14-18")), ..Condition::default() };
        assert!(applicant(true, Housing::Own).needs(&children));
    }
}
