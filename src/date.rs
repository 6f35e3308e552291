//! Calendar days at the boundary: strict `YYYY-MM-DD` text in, the same text out.
//!
//! Inside the engines a day is a [`Day`]: the number of days since 0001-01-01 (day 1),
//! so that windows and intervals are plain integer arithmetic. `chrono` does the calendar
//! (leap years, month lengths); printing and parsing are a few lines of our own because
//! chrono's strftime machinery costs tens of kilobytes in the browser bundle.

use chrono::{Datelike, NaiveDate};

use crate::error::{Code, Error};

/// A calendar day, counted from 0001-01-01 (which is day 1), as chrono's `num_days_from_ce`.
pub type Day = i32;

/// The first day the calculator accepts: 1900-01-01.
pub const MIN_DATE: &str = "1900-01-01";
/// The last day the calculator accepts: 2200-12-31.
pub const MAX_DATE: &str = "2200-12-31";

/// Day number of [`MIN_DATE`].
pub const MIN_DAY: Day = 693_596;
/// Day number of [`MAX_DATE`].
pub const MAX_DAY: Day = 803_533;

/// Parses a strict `YYYY-MM-DD` date and checks it lies within 1900-01-01..2200-12-31.
///
/// `field` is the path of the value in the request, echoed in the error.
///
/// ```
/// use kz_residence::date::{parse, format};
/// assert_eq!(format(parse("2024-02-29", "on").unwrap()), "2024-02-29");
/// assert_eq!(parse("2023-02-29", "on").unwrap_err().code.as_str(), "INVALID_DATE");
/// assert_eq!(parse("2201-01-01", "on").unwrap_err().code.as_str(), "DATE_OUT_OF_RANGE");
/// ```
pub fn parse(text: &str, field: &str) -> Result<Day, Error> {
    parse_day(text).map_err(|code| Error::new(code, field))
}

/// [`parse`] without a field: the error is only its code (`INVALID_DATE` or
/// `DATE_OUT_OF_RANGE`), for callers that build the field's path only when it fails.
pub fn parse_day(text: &str) -> Result<Day, Code> {
    let invalid = || Code::InvalidDate;
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(invalid());
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let (year, month, day) = match (number(0..4), number(5..7), number(8..10)) {
        (Some(y), Some(m), Some(d)) => (y, m, d),
        _ => return Err(invalid()),
    };
    // Four digits always fit an i32; the calendar check is chrono's.
    let date = NaiveDate::from_ymd_opt(year as i32, month, day).ok_or_else(invalid)?;
    let n = date.num_days_from_ce();
    if !(MIN_DAY..=MAX_DAY).contains(&n) {
        return Err(Code::DateOutOfRange);
    }
    Ok(n)
}

/// Prints a day as `YYYY-MM-DD`.
///
/// Days outside chrono's calendar cannot be produced by the engines (they clamp to
/// [`MIN_DAY`]..[`MAX_DAY`] plus a window), but the function still answers without panicking.
pub fn format(day: Day) -> String {
    let Some(date) = NaiveDate::from_num_days_from_ce_opt(day) else {
        return String::from("0000-00-00");
    };
    let mut out = String::with_capacity(10);
    push_digits(&mut out, date.year().unsigned_abs(), 4);
    out.push('-');
    push_digits(&mut out, date.month(), 2);
    out.push('-');
    push_digits(&mut out, date.day(), 2);
    out
}

fn push_digits(out: &mut String, value: u32, width: u32) {
    for place in (0..width).rev() {
        let digit = (value / 10u32.pow(place)) % 10;
        out.push(char::from(b'0' + digit as u8));
    }
}

/// The same calendar day `years` later; 29 February becomes 28 February in a common year.
///
/// ```
/// use kz_residence::date::{add_years, parse, format};
/// let leap = parse("2024-02-29", "issueDate").unwrap();
/// assert_eq!(format(add_years(leap, 5)), "2029-02-28");
/// ```
pub fn add_years(day: Day, years: u32) -> Day {
    let Some(date) = NaiveDate::from_num_days_from_ce_opt(day) else {
        return day;
    };
    let year = date.year() + years as i32;
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), date.day() - 1))
        .map_or(day, |d| d.num_days_from_ce())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_constants_match_their_dates() {
        assert_eq!(parse(MIN_DATE, "x"), Ok(MIN_DAY));
        assert_eq!(parse(MAX_DATE, "x"), Ok(MAX_DAY));
        assert_eq!(parse("1899-12-31", "x").unwrap_err().code, Code::DateOutOfRange);
    }

    #[test]
    fn only_strict_iso_dates_are_accepted() {
        for bad in ["2024-2-01", "2024/02/01", "01.02.2024", "2024-02-01T00:00", " 2024-02-01", "2024-13-01", "2024-00-10", "2023-02-29", "", "２０２４-01-01", "+024-01-01"] {
            assert_eq!(parse(bad, "f").unwrap_err().code, Code::InvalidDate, "{bad}");
        }
    }

    #[test]
    fn leap_day_round_trips() {
        let d = parse("2000-02-29", "f").unwrap();
        assert_eq!(format(d), "2000-02-29");
        assert_eq!(format(d + 1), "2000-03-01");
    }

    #[test]
    fn adding_years_keeps_month_ends() {
        let d = parse("2023-01-31", "f").unwrap();
        assert_eq!(format(add_years(d, 10)), "2033-01-31");
    }
}
