//! Trips as the visitor enters them, checked and put in order.
//!
//! A trip may begin on the day the previous one ended (a same-day re-entry: that day
//! counts once); any other shared day is an input error, never merged silently. Only the
//! latest trip may lack an exit: it is in progress and counts up to the control date.

use crate::date::Day;
use crate::error::{Code, Error};
use crate::stay::{sort, TripInput};

/// A checked trip: days of presence `entry..=exit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trip {
    /// Day of entry.
    pub entry: Day,
    /// Day of exit; for a trip in progress, the control date.
    pub exit: Day,
    /// Whether the trip is in progress (no exit given).
    pub open: bool,
    /// Position in the request, for error paths.
    pub index: usize,
}

impl Trip {
    /// Whether the trip covers `day`.
    pub fn covers(&self, day: Day) -> bool {
        self.entry <= day && day <= self.exit
    }
}

/// Checks the trips, returning them sorted by entry day.
pub fn checked(trips: &[TripInput], on: Day) -> Result<Vec<Trip>, Error> {
    let mut out = trips.iter().enumerate().map(|(i, t)| check_trip(t, i, on)).collect::<Result<Vec<_>, _>>()?;
    sort::sort_by_key(&mut out, |t| (t.entry, t.exit, t.index));
    if let Some(open) = out.iter().find(|t| t.open) {
        if let Some(later) = out.iter().find(|t| t.index != open.index && t.entry >= open.entry) {
            let (field, related) = if later.entry == open.entry && !later.open {
                (field(later.index, "entry"), field(open.index, "entry"))
            } else {
                (field(open.index, "exit"), field(later.index, "entry"))
            };
            let code = if later.entry == open.entry && !later.open { Code::OverlappingTrips } else { Code::OpenTripNotLast };
            return Err(Error::between(code, field, related));
        }
    }
    for pair in out.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if b.entry == a.entry || b.entry < a.exit {
            return Err(Error::between(Code::OverlappingTrips, field(b.index, "entry"), field(a.index, "entry")));
        }
    }
    Ok(out)
}

fn check_trip(t: &TripInput, i: usize, on: Day) -> Result<Trip, Error> {
    match t.exit {
        Some(exit) if exit < t.entry => Err(Error::new(Code::ExitBeforeEntry, field(i, "exit"))),
        Some(exit) => Ok(Trip { entry: t.entry, exit, open: false, index: i }),
        None if t.entry > on => Err(Error::new(Code::OpenTripInFuture, field(i, "entry"))),
        None => Ok(Trip { entry: t.entry, exit: on, open: true, index: i }),
    }
}

fn field(i: usize, name: &str) -> String {
    format!("trips[{i}].{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trip(entry: &str, exit: Option<&str>) -> TripInput {
        TripInput { entry: entry.parse().unwrap(), exit: exit.map(|e| e.parse().unwrap()) }
    }

    fn on() -> Day {
        "2024-06-01".parse().unwrap()
    }

    #[test]
    fn same_day_reentry_is_not_an_overlap() {
        let t = checked(&[trip("2024-01-10", Some("2024-01-20")), trip("2024-01-20", Some("2024-01-25"))], on());
        assert!(t.is_ok());
    }

    #[test]
    fn overlap_names_the_later_trip() {
        let e = checked(&[trip("2024-01-10", Some("2024-01-20")), trip("2024-01-19", Some("2024-01-25"))], on()).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (Code::OverlappingTrips, "trips[1].entry"));
    }

    #[test]
    fn same_entry_day_overlaps_even_for_one_day_trips() {
        let e = checked(&[trip("2024-01-10", Some("2024-01-10")), trip("2024-01-10", Some("2024-01-10"))], on()).unwrap_err();
        assert_eq!(e.code, Code::OverlappingTrips);
    }

    #[test]
    fn open_trip_must_be_last() {
        let e = checked(&[trip("2024-01-10", None), trip("2024-03-01", Some("2024-03-05"))], on()).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (Code::OpenTripNotLast, "trips[0].exit"));
    }

    #[test]
    fn open_trip_cannot_start_after_the_control_date() {
        let e = checked(&[trip("2024-07-10", None)], on()).unwrap_err();
        assert_eq!((e.code, e.field.as_str()), (Code::OpenTripInFuture, "trips[0].entry"));
    }

    #[test]
    fn input_order_does_not_matter() {
        let t = checked(&[trip("2024-03-01", Some("2024-03-05")), trip("2024-01-10", Some("2024-01-20"))], on()).unwrap();
        assert_eq!(t.iter().map(|t| t.index).collect::<Vec<_>>(), vec![1, 0]);
    }
}
