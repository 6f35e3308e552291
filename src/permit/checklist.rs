//! The checklist and the steps, adapted to the applicant: which documents they need
//! (no criminal-record certificate for kandas, housing proof by variant), how recent each
//! must be, and which to bring to each step.

use crate::date::{self, Day};
use crate::permit::{DocumentAnswer, StepAnswer};
use crate::rules::{Condition, Housing, Version};

/// What about the applicant decides which documents they need.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Applicant {
    /// An ethnic Kazakh living abroad.
    pub kandas: bool,
    /// How the place of residence is proved.
    pub housing: Housing,
    /// The day of the application, from which document ages count back.
    pub application: Day,
}

impl Applicant {
    /// Whether a document with this condition is needed (a circumstance only the visitor
    /// knows keeps it listed as needed; the answer names the circumstance).
    pub fn needs(&self, when: &Condition) -> bool {
        when.kandas.is_none_or(|k| k == self.kandas) && when.housing.as_ref().is_none_or(|h| h.contains(&self.housing))
    }
}

/// The version's checklist, in order, for this applicant.
pub fn documents(version: &Version, applicant: &Applicant) -> Vec<DocumentAnswer> {
    version
        .documents
        .iter()
        .map(|d| DocumentAnswer {
            id: d.id.clone(),
            required: applicant.needs(&d.when),
            circumstance: d.when.circumstance.clone(),
            max_age_days: d.max_age_days,
            // The profile check bounds ages to a few thousand days, so they fit an i32.
            issued_from: d.max_age_days.map(|n| date::format(applicant.application.saturating_sub(i32::try_from(n).unwrap_or(0)))),
            source: d.source.clone(),
            effective: d.effective.clone(),
        })
        .collect()
}

/// The version's steps, in order, each with the documents this applicant brings.
pub fn steps(version: &Version, documents: &[DocumentAnswer]) -> Vec<StepAnswer> {
    let required = |id: &String| documents.iter().any(|d| &d.id == id && d.required);
    version
        .steps
        .iter()
        .map(|s| StepAnswer {
            id: s.id.clone(),
            authority: s.authority.clone(),
            documents: s.documents.iter().filter(|id| required(id)).cloned().collect(),
            source: s.source.clone(),
            effective: s.effective.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applicant(kandas: bool, housing: Housing) -> Applicant {
        Applicant { kandas, housing, application: 0 }
    }

    #[test]
    fn kandas_need_no_criminal_record_certificate() {
        let not_for_kandas = Condition { kandas: Some(false), ..Condition::default() };
        assert!(!applicant(true, Housing::Rent).needs(&not_for_kandas));
        assert!(applicant(false, Housing::Rent).needs(&not_for_kandas));
    }

    #[test]
    fn housing_proof_follows_the_variant() {
        let rent_only = Condition { housing: Some(vec![Housing::Rent]), ..Condition::default() };
        assert!(applicant(false, Housing::Rent).needs(&rent_only));
        assert!(!applicant(false, Housing::Own).needs(&rent_only));
        assert!(!applicant(false, Housing::OwnerConfirmsInPerson).needs(&rent_only));
    }

    #[test]
    fn a_circumstance_keeps_the_document_needed() {
        let children = Condition { circumstance: Some("children-14-18".into()), ..Condition::default() };
        assert!(applicant(true, Housing::Own).needs(&children));
    }
}
