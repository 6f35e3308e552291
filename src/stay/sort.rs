//! The one sort of the stay engine.
//!
//! The standard library's sorts (driftsort, ipnsort) are fast, but each element type they
//! are used with costs the browser bundle 5 to 10 KB of code. The engine sorts only the
//! trips (everything else is merged in calendar order), so a heapsort is the better trade:
//! n log n in every case, no allocation, a few hundred bytes, and nothing to do when the
//! trips already come in order.

/// Sorts `v` by `key`, ascending. Not stable: callers give keys that are unique or whose
/// equal elements are interchangeable.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    // Trips usually arrive in order: then one look at each pair is all it costs.
    if v.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        return;
    }
    let len = v.len();
    for node in (0..len / 2).rev() {
        sift_down(v, node, len, &key);
    }
    for end in (1..len).rev() {
        v.swap(0, end);
        sift_down(v, 0, end, &key);
    }
}

/// Moves `v[node]` down the max-heap `v[..end]` until both its children are smaller.
fn sift_down<T, K: Ord>(v: &mut [T], mut node: usize, end: usize, key: &impl Fn(&T) -> K) {
    loop {
        let mut child = 2 * node + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && key(&v[child]) < key(&v[child + 1]) {
            child += 1;
        }
        if key(&v[node]) >= key(&v[child]) {
            return;
        }
        v.swap(node, child);
        node = child;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library() {
        let mut seed = 7u64;
        for len in 0..60 {
            let mut v: Vec<i32> = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    (seed >> 40) as i32 % 17
                })
                .collect();
            let mut expected = v.clone();
            expected.sort();
            sort_by_key(&mut v, |&x| x);
            assert_eq!(v, expected, "length {len}");
        }
    }
}
