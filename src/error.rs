//! The one error type of the engines: a stable code plus the path of the offending field.
//!
//! Codes never change once published; the widget turns them into sentences in the
//! visitor's language. The path uses the request's own spelling: `trips[2].exit`, `plan.days`.

/// What went wrong, as a stable code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// Not a `YYYY-MM-DD` calendar date.
    InvalidDate,
    /// A date before 1900-01-01 or after 2200-12-31.
    DateOutOfRange,
    /// A trip whose exit is before its entry.
    ExitBeforeEntry,
    /// Two trips share days (other than one's exit day being the next one's entry day).
    OverlappingTrips,
    /// A trip without an exit that is not the latest trip.
    OpenTripNotLast,
    /// A trip in progress whose entry is after the control date.
    OpenTripInFuture,
    /// Stay rules that are not positive integers or whose maximum exceeds the window.
    InvalidRules,
    /// A regime name the rules profile does not know (or not on the control date).
    UnknownRegime,
    /// A citizenship the rules profile has no regime for: the visitor chooses the regime.
    UnknownCitizenship,
    /// A citizenship whose holders need a visa: the visa's own dates govern, not 90/180.
    VisaRequired,
    /// A rules profile (or a build-time override) that is malformed.
    InvalidProfile,
    /// A request of the wrong shape or type, or a value out of its range.
    InvalidInput,
    /// The engine is not started yet (raised by the JavaScript API before `KzResidence.ready`).
    NotReady,
}

impl Code {
    /// Every code: the boundary reads a code back from a failure's message by it.
    pub const ALL: [Code; 13] = [
        Code::InvalidDate,
        Code::DateOutOfRange,
        Code::ExitBeforeEntry,
        Code::OverlappingTrips,
        Code::OpenTripNotLast,
        Code::OpenTripInFuture,
        Code::InvalidRules,
        Code::UnknownRegime,
        Code::UnknownCitizenship,
        Code::VisaRequired,
        Code::InvalidProfile,
        Code::InvalidInput,
        Code::NotReady,
    ];

    /// The code as the text the JS API exposes.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::InvalidDate => "INVALID_DATE",
            Code::DateOutOfRange => "DATE_OUT_OF_RANGE",
            Code::ExitBeforeEntry => "EXIT_BEFORE_ENTRY",
            Code::OverlappingTrips => "OVERLAPPING_TRIPS",
            Code::OpenTripNotLast => "OPEN_TRIP_NOT_LAST",
            Code::OpenTripInFuture => "OPEN_TRIP_IN_FUTURE",
            Code::InvalidRules => "INVALID_RULES",
            Code::UnknownRegime => "UNKNOWN_REGIME",
            Code::UnknownCitizenship => "UNKNOWN_CITIZENSHIP",
            Code::VisaRequired => "VISA_REQUIRED",
            Code::InvalidProfile => "INVALID_PROFILE",
            Code::InvalidInput => "INVALID_INPUT",
            Code::NotReady => "NOT_READY",
        }
    }
}

/// An error a user can cause: never a panic, always a code and a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// What went wrong.
    pub code: Code,
    /// Where, as a path into the request (`trips[1].entry`); empty for the whole request.
    pub field: String,
    /// A second field the error involves (the other trip of an overlap), if any.
    pub related: Option<String>,
}

impl Error {
    /// An error about one field.
    pub fn new(code: Code, field: impl Into<String>) -> Self {
        Error { code, field: field.into(), related: None }
    }

    /// An error about two fields, such as two overlapping trips.
    pub fn between(code: Code, field: impl Into<String>, related: impl Into<String>) -> Self {
        Error { code, field: field.into(), related: Some(related.into()) }
    }

    /// Prefixes the field path, for errors found inside a nested part of a request.
    pub fn within(mut self, prefix: &str) -> Self {
        self.field = join(prefix, &self.field);
        self.related = self.related.map(|r| join(prefix, &r));
        self
    }
}

fn join(prefix: &str, field: &str) -> String {
    let mut out = String::with_capacity(prefix.len() + 1 + field.len());
    out.push_str(prefix);
    if !prefix.is_empty() && !field.is_empty() && !field.starts_with('[') {
        out.push('.');
    }
    out.push_str(field);
    out
}
