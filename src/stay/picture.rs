//! The picture of a stay answer: the daily count and the stays it counts, telling the same
//! story as the words. The stay going on is drawn (and counted) as far as the answer
//! assumes it lasts, and a planned stay is counted too, allowed or not, so the line shows
//! where it would take the count.

use crate::date::{Day, MAX_DAY, MIN_DAY};
use crate::stay::answer::{Bar, BarKind, Curve, PlanAnswer};
use crate::stay::curve::{self, Counts};
use crate::stay::presence::Presence;
use crate::stay::schedule::Schedule;
use crate::stay::status::{covering, Situation, Status};
use crate::stay::trips::Trip;
use crate::stay::{CurveInput, Violation};

/// What the picture is drawn from.
pub struct Story<'a> {
    /// The control date.
    pub on: Day,
    /// The checked trips, sorted.
    pub trips: &'a [Trip],
    /// The limits over the calendar.
    pub schedule: &'a Schedule,
    /// The situation on the control date.
    pub situation: &'a Situation,
    /// The violations.
    pub violations: &'a [Violation],
    /// The planned stay's answer.
    pub plan: Option<&'a PlanAnswer>,
}

impl Story<'_> {
    /// The picture over the days `ends` asks for; ends left out are chosen to show the
    /// window and the trips before it (at most two windows back) up to the latest date the
    /// answer names (at most two windows ahead, at least 45 days), with a week's margin.
    pub fn curve(&self, ends: CurveInput) -> Curve {
        let bars = self.bars();
        let mut stays: Vec<(Day, Day)> = bars.iter().map(|b| (b.from, b.to)).collect();
        crate::stay::sort::sort_by_key(&mut stays, |s| s.0);
        let presence = Presence::from_sorted(stays);
        let counts = Counts::new(&presence, &self.schedule.windows());
        let (from, to) = self.span(ends, &bars);
        let mut points: Vec<(Day, i32)> = Vec::new();
        let mut day = from;
        while day <= to {
            let i = self.schedule.index_at(day);
            let end = self.schedule.span(i).1.map_or(to, |last| last.min(to));
            let pieces = counts.pieces(self.schedule.periods()[i].limits.window_days);
            for corner in curve::corners(pieces, day, end) {
                if points.last().is_none_or(|&(last, _)| last < corner.0) {
                    points.push(corner);
                }
            }
            day = end + 1;
        }
        Curve { points, bars: bars.into_iter().filter(|b| b.to >= from && b.from <= to).collect() }
    }

    /// The stays counted: each trip, the one going on split at the control date into what
    /// is recorded and what is assumed, and the plan.
    fn bars(&self) -> Vec<Bar> {
        let on = self.on;
        let current = covering(self.trips, on);
        let assumed_end = match (self.plan.and_then(|p| p.assumed_exit), self.situation.status) {
            (Some(exit), _) => exit,
            (None, Status::MayStay { to, .. }) => to,
            _ => on,
        };
        let mut bars = Vec::with_capacity(self.trips.len() + 2);
        for t in self.trips {
            let is_current = current.is_some_and(|c| c.index == t.index);
            let cap_until = is_current.then(|| self.schedule.cap(t.entry).map(|cap| t.entry + cap - 1)).flatten();
            bars.push(Bar { from: t.entry, to: t.exit, kind: BarKind::Trip, cap_until });
            if is_current && t.open && assumed_end > on {
                bars.push(Bar { from: on + 1, to: assumed_end, kind: BarKind::Assumed, cap_until });
            }
        }
        if let Some(p) = self.plan {
            bars.push(Bar { from: p.entry, to: p.exit, kind: if p.allowed { BarKind::Plan } else { BarKind::PlanRefused }, cap_until: None });
        }
        bars
    }

    fn span(&self, ends: CurveInput, bars: &[Bar]) -> (Day, Day) {
        let on = self.on;
        let window = self.schedule.at(on).window_days;
        let reach = 2 * window;
        let starts = bars.iter().map(|b| b.from).chain(self.violations.iter().map(|v| v.from)).chain([on - window + 1]);
        let first = starts.min().unwrap_or(on).max(on - reach) - 7;
        let status = self.situation.status;
        let named = bars.iter().map(|b| b.to).chain([self.situation.latest_exit, status.to(), status.from()].into_iter().flatten());
        let last = named.fold(on + 45, Day::max).min(on + reach) + 7;
        let from = ends.from.unwrap_or(first.max(MIN_DAY));
        let to = ends.to.unwrap_or(last.min(MAX_DAY));
        (from, to.max(from))
    }
}
