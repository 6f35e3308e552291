//! Calendar days: [`Day`], a day number inside, strict `YYYY-MM-DD` text at the boundary.
//!
//! Inside the engines a day is the number of days since 0001-01-01 (day 1), so windows and
//! intervals are plain integer arithmetic. `chrono` does the calendar (leap years, month
//! lengths); printing and parsing are a few lines of our own because chrono's strftime
//! machinery costs tens of kilobytes in the browser bundle. A request's dates deserialize
//! straight into a `Day`: anything but a real calendar date between 1900-01-01 and
//! 2200-12-31 fails there, with the code `INVALID_DATE` or `DATE_OUT_OF_RANGE`.

use std::fmt;
use std::ops::{Add, AddAssign, Sub};

use chrono::{Datelike, NaiveDate};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Code;

/// A calendar day, counted from 0001-01-01 (day 1), as chrono's `num_days_from_ce`.
///
/// ```
/// use kz_residence::date::Day;
/// let leap: Day = "2024-02-29".parse().unwrap();
/// assert_eq!((leap + 1).to_string(), "2024-03-01");
/// assert_eq!("2023-02-29".parse::<Day>(), Err(kz_residence::error::Code::InvalidDate));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(i32);

/// The first day the calculator accepts: 1900-01-01.
pub const MIN_DAY: Day = Day(693_596);
/// The last day the calculator accepts: 2200-12-31.
pub const MAX_DAY: Day = Day(803_533);

impl Day {
    /// The day with this day number (days since 0001-01-01, which is day 1), if it lies
    /// within the accepted range.
    ///
    /// ```
    /// use kz_residence::date::{Day, MIN_DAY};
    /// assert_eq!(Day::from_number(MIN_DAY.number()), Some(MIN_DAY));
    /// assert_eq!(Day::from_number(0), None);
    /// ```
    pub fn from_number(n: i32) -> Option<Day> {
        (MIN_DAY.0..=MAX_DAY.0).contains(&n).then_some(Day(n))
    }

    /// The day `year-month-day`, evaluated at compile time for the rules compiled into the
    /// engine (`build/`): Howard Hinnant's days-from-civil, counted from 0001-01-01 like
    /// chrono. Only called with real dates the build has already checked.
    pub const fn ymd(year: i32, month: u32, day: u32) -> Day {
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let m = month as i32;
        let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        // Days since 1970-01-01, then shifted to chrono's count (1970-01-01 is its day 719 163).
        Day(era * 146_097 + day_of_era - 719_468 + 719_163)
    }

    /// The day number.
    pub const fn number(self) -> i32 {
        self.0
    }

    /// The days `self..=last`, in order (empty when `last` is earlier).
    pub fn through(self, last: Day) -> impl DoubleEndedIterator<Item = Day> {
        (self.0..=last.0).map(Day)
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        NaiveDate::from_num_days_from_ce_opt(self.0).map_or(0, |d| d.year())
    }

    /// The same calendar day `years` later; 29 February becomes 28 February in a common year.
    ///
    /// ```
    /// use kz_residence::date::Day;
    /// let leap: Day = "2024-02-29".parse().unwrap();
    /// assert_eq!(leap.add_years(5).to_string(), "2029-02-28");
    /// ```
    pub fn add_years(self, years: u32) -> Day {
        let Some(date) = NaiveDate::from_num_days_from_ce_opt(self.0) else {
            return self;
        };
        let year = date.year().saturating_add_unsigned(years);
        NaiveDate::from_ymd_opt(year, date.month(), date.day())
            .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), date.day() - 1))
            .map_or(self, |d| Day(d.num_days_from_ce()))
    }
}

impl Add<i32> for Day {
    type Output = Day;
    fn add(self, days: i32) -> Day {
        Day(self.0 + days)
    }
}

impl AddAssign<i32> for Day {
    fn add_assign(&mut self, days: i32) {
        self.0 += days;
    }
}

impl Sub<i32> for Day {
    type Output = Day;
    fn sub(self, days: i32) -> Day {
        Day(self.0 - days)
    }
}

/// The number of days from `other` to `self` (negative when `other` is later).
impl Sub<Day> for Day {
    type Output = i32;
    fn sub(self, other: Day) -> i32 {
        self.0 - other.0
    }
}

/// Parses a strict `YYYY-MM-DD` date within 1900-01-01..=2200-12-31.
impl std::str::FromStr for Day {
    type Err = Code;

    fn from_str(text: &str) -> Result<Day, Code> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(Code::InvalidDate);
        }
        let number = |range: std::ops::Range<usize>| -> Option<u32> {
            b[range].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
        };
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
            return Err(Code::InvalidDate);
        };
        // Four digits always fit an i32; the calendar check is chrono's.
        let date = NaiveDate::from_ymd_opt(year as i32, month, day).ok_or(Code::InvalidDate)?;
        let day = Day(date.num_days_from_ce());
        if !(MIN_DAY..=MAX_DAY).contains(&day) {
            return Err(Code::DateOutOfRange);
        }
        Ok(day)
    }
}

/// `Day::ymd(2024, 2, 29)`: readable in test failures, and the Rust expression the build
/// writes for the compiled-in rules (`build/`).
impl fmt::Debug for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match NaiveDate::from_num_days_from_ce_opt(self.0) {
            Some(d) => write!(f, "Day::ymd({}, {}, {})", d.year(), d.month(), d.day()),
            None => write!(f, "Day({})", self.0),
        }
    }
}

/// Prints `YYYY-MM-DD`. Days outside chrono's calendar cannot come from the engines (they
/// stay within the accepted range plus a window), but printing one still does not panic.
impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = [b'0'; 10];
        if let Some(date) = NaiveDate::from_num_days_from_ce_opt(self.0) {
            put_digits(&mut out[0..4], date.year().unsigned_abs());
            put_digits(&mut out[5..7], date.month());
            put_digits(&mut out[8..10], date.day());
        }
        out[4] = b'-';
        out[7] = b'-';
        // Only ASCII digits and dashes were written.
        f.write_str(std::str::from_utf8(&out).unwrap_or_default())
    }
}

fn put_digits(slot: &mut [u8], mut value: u32) {
    for b in slot.iter_mut().rev() {
        *b = b'0' + (value % 10) as u8;
        value /= 10;
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        deserializer.deserialize_str(DayVisitor)
    }
}

/// In the TypeScript declarations (the `ts` feature, `src/ts.rs`): `Day`, the string it
/// serializes to.
#[cfg(feature = "ts")]
impl ts_rs::TS for Day {
    type WithoutGenerics = Day;
    type OptionInnerType = Day;

    fn docs() -> Option<String> {
        Some(String::from("/** A date, `YYYY-MM-DD`, between 1900-01-01 and 2200-12-31. */\n"))
    }

    fn name(_: &ts_rs::Config) -> String {
        String::from("Day")
    }

    fn inline(_: &ts_rs::Config) -> String {
        String::from("string")
    }

    fn decl(cfg: &ts_rs::Config) -> String {
        format!("type Day = {};", Self::inline(cfg))
    }

    fn decl_concrete(cfg: &ts_rs::Config) -> String {
        Self::decl(cfg)
    }

    fn output_path() -> Option<std::path::PathBuf> {
        Some(std::path::PathBuf::from("api.d.ts"))
    }
}

/// Reads a date from a string; a bad one fails with its code as the whole message, which
/// [`crate::boundary`] turns back into the code.
struct DayVisitor;

impl de::Visitor<'_> for DayVisitor {
    type Value = Day;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Day, E> {
        text.parse().map_err(|code: Code| E::custom(code.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        text.parse().expect("test date")
    }

    #[test]
    fn range_constants_match_their_dates() {
        assert_eq!(day("1900-01-01"), MIN_DAY);
        assert_eq!(day("2200-12-31"), MAX_DAY);
        assert_eq!("1899-12-31".parse::<Day>(), Err(Code::DateOutOfRange));
        assert_eq!("2201-01-01".parse::<Day>(), Err(Code::DateOutOfRange));
    }

    #[test]
    fn only_strict_iso_dates_are_accepted() {
        for bad in ["2024-2-01", "2024/02/01", "01.02.2024", "2024-02-01T00:00", " 2024-02-01", "2024-13-01", "2024-00-10", "2023-02-29", "", "２０２４-01-01", "+024-01-01"] {
            assert_eq!(bad.parse::<Day>(), Err(Code::InvalidDate), "{bad}");
        }
    }

    #[test]
    fn leap_day_round_trips() {
        let d = day("2000-02-29");
        assert_eq!(d.to_string(), "2000-02-29");
        assert_eq!((d + 1).to_string(), "2000-03-01");
    }

    #[test]
    fn adding_years_keeps_month_ends() {
        assert_eq!(day("2023-01-31").add_years(10).to_string(), "2033-01-31");
    }

    #[test]
    fn days_outside_the_calendar_print_without_panicking() {
        assert_eq!(Day(i32::MAX).to_string(), "0000-00-00");
    }

    #[test]
    fn the_compile_time_constructor_agrees_with_chrono() {
        for text in ["1900-01-01", "1970-01-01", "2000-02-29", "2023-01-27", "2024-12-31", "2100-03-01", "2200-12-31"] {
            let d = day(text);
            let date = NaiveDate::from_num_days_from_ce_opt(d.0).expect("date");
            assert_eq!(Day::ymd(date.year(), date.month(), date.day()), d, "{text}");
            assert_eq!(format!("{d:?}"), format!("Day::ymd({}, {}, {})", date.year(), date.month(), date.day()));
        }
    }
}
