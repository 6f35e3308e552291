//! `make bench` (native part): the stay engine on 10 000 trips spread over 100 years, beside
//! the naive day-by-day reference of the tests on the same input, in the same process.
//! Prints figures; asserts nothing about time.

#[path = "../tests/common/naive.rs"]
mod naive;

use std::time::Instant;

use kz_residence::api;
use kz_residence::date::Day;
use kz_residence::rules::Profile;
use kz_residence::input::PlanDays;
use kz_residence::stay::{stay, PlanInput, StayRequest, TripInput};
use naive::{day, text, History, Limits};

/// 10 000 trips from 1950 on, from a fixed seed: trip lengths `1..=longest`, gaps of
/// `1..=widest` days between them.
fn trips(longest: u64, widest: u64) -> Vec<(i32, i32)> {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        1 + ((seed >> 33) % n) as i32
    };
    let mut at = day("1950-01-01");
    (0..10_000)
        .map(|_| {
            let entry = at + next(widest);
            let exit = entry + next(longest) - 1;
            at = exit;
            (entry, exit)
        })
        .collect()
}

fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut()) -> f64 {
    median((0..runs).map(|_| {
        let t = Instant::now();
        f();
        t.elapsed().as_secs_f64() * 1000.0
    }).collect())
}

/// The engine's day for a day of the reference.
fn d(n: i32) -> Day {
    Day::from_number(n).expect("bench days lie within the calculator's range")
}

/// Times the engine and the reference on one history; writes it for the browser benchmark.
fn measure(name: &str, trips: &[(i32, i32)], profile: &Profile) {
    let (first, on) = (trips[0].0, trips[trips.len() - 1].1);
    let request = |plan: Option<PlanInput>| StayRequest {
        trips: trips.iter().map(|&(a, b)| TripInput { entry: d(a), exit: Some(d(b)) }).collect(),
        on: d(on),
        rules: None,
        regime: Some(String::from("standard")),
        citizenship: None,
        holds: None,
        plan,
        curve: None,
    };
    let plain = request(None);
    let planned = request(Some(PlanInput { entry: d(first + 100), days: PlanDays(30) }));
    // The reference gets the same strings and does the same counting: parse, count the day's
    // window, list the violation days.
    let texts: Vec<(String, String)> = trips.iter().map(|&(a, b)| (text(a), text(b))).collect();
    let naive = || {
        let parsed: Vec<(i32, i32)> = texts.iter().map(|(a, b)| (day(a), day(b))).collect();
        let h = History::new(parsed, Limits { window: 180, max: 90, per_entry: None }, first, on);
        (h.used(on), h.violations())
    };

    let answer = stay(&plain, profile).expect("bench input is valid");
    let violation_days: i32 = answer.violations.iter().map(|v| v.days).sum();
    assert_eq!(violation_days as usize, naive().1.len(), "engine and reference agree on the bench input");
    let json: Vec<String> = texts.iter().map(|(a, b)| format!("{{\"entry\":\"{a}\",\"exit\":\"{b}\"}}")).collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/target/bench");
    std::fs::create_dir_all(dir).expect("target/bench");
    std::fs::write(format!("{dir}/{name}.json"), format!("{{\"on\":\"{}\",\"trips\":[{}]}}", text(on), json.join(","))).expect("bench input written");

    let engine_ms = time(21, || drop(stay(&plain, profile)));
    // The path a browser call takes, with serde_json values standing in for JavaScript ones:
    // plain data in, typed request, engine, typed answer serialized back to plain data.
    let input: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{name}.json")).expect("bench input")).expect("JSON");
    let boundary_ms = time(21, || drop(serde_json::to_value(api::stay(&input).expect("valid"))));
    let plan_ms = time(21, || drop(stay(&planned, profile)));
    let naive_ms = time(5, || drop(naive()));
    println!("{name}: 10 000 trips {} .. {} ({} violation runs, {violation_days} violation days)", text(first), text(on), answer.violations.len());
    println!("  engine, whole answer                    {engine_ms:8.3} ms (median of 21)");
    println!("  engine, whole answer + 30-day plan      {plan_ms:8.3} ms (median of 21)");
    println!("  data in, engine, data out (serde)       {boundary_ms:8.3} ms (median of 21)");
    println!("  naive day-by-day, days used + violations {naive_ms:7.3} ms (median of 5)");
    println!("  ratio naive / engine                    {:8.2} x", naive_ms / engine_ms);
}

fn main() {
    let profile = Profile::shipped();
    println!("Native (release build), same process:");
    measure("legal", &trips(1, 5), &profile);
    measure("overstays", &trips(6, 2), &profile);
}
