//! Running one piece of work on two threads that really run at the same
//! time.
//!
//! A new thread starts on its parent's CPU, and Linux moves it to an idle
//! CPU only at a later load balancing. On the project's 2-core virtual
//! machine that took up to 2 ms, as long as the whole typesetting of the
//! seed: two threads spinning 1.8 ms each finished after 3.6 ms in most
//! runs, one after the other on the same CPU. So on Linux the helper asks
//! to run anywhere but the main thread's CPU, and the main thread yields
//! once so that the helper gets to ask at once; the same test then
//! finished in 1.9 ms every time (docs/performance.md).
//!
//! The work itself must share out its tasks dynamically (a shared
//! counter): if no other CPU is free, the helper waits and the main thread
//! simply does more of the work.

use std::thread;

/// Run `work` on this thread and on one helper thread, and return both
/// results (this thread's first). A panic in either is passed on.
pub fn on_two<R: Send>(work: impl Fn() -> R + Sync) -> (R, R) {
    let here = current_cpu();
    thread::scope(|s| {
        let helper = s.spawn(|| {
            if let Some(cpu) = here {
                avoid_cpu(cpu);
            }
            work()
        });
        // Give the helper its first time slice now, so it moves away
        // before this thread starts working.
        thread::yield_now();
        let mine = work();
        match helper.join() {
            Ok(theirs) => (mine, theirs),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// `f` of every item, worked through by this thread and a helper taking
/// the next item from a shared counter; results in item order.
pub fn map_on_two<T: Sync, R: Send + Sync>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicUsize, Ordering};
    if items.len() < 2 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let slots: Vec<OnceLock<R>> = items.iter().map(|_| OnceLock::new()).collect();
    on_two(|| {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            // Each index is handed out once, so each slot is set once.
            let _ = slots[i].set(f(item));
        }
    });
    slots.into_iter().map(|s| s.into_inner().expect("every item was done")).collect()
}

/// [`map_on_two`] for work that takes its items by value: each item is
/// handed out once, to whichever thread comes for it.
pub fn map_on_two_owned<T: Send, R: Send + Sync>(items: Vec<T>, f: impl Fn(T) -> R + Sync) -> Vec<R> {
    use std::sync::{Mutex, PoisonError};
    let cells: Vec<Mutex<Option<T>>> = items.into_iter().map(|t| Mutex::new(Some(t))).collect();
    map_on_two(&cells, |cell| {
        let item = cell.lock().unwrap_or_else(PoisonError::into_inner).take();
        f(item.expect("each item is handed out once"))
    })
}

/// How many threads can run at once, asked of the system once: the
/// standard library reads the control group's files at every call
/// (0.07 ms of a watch's 4 ms rebuild).
pub fn available() -> usize {
    static AVAILABLE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *AVAILABLE.get_or_init(|| thread::available_parallelism().map_or(1, usize::from))
}

/// The CPU this thread runs on, where the system says.
#[cfg(target_os = "linux")]
fn current_cpu() -> Option<usize> {
    nix::sched::sched_getcpu().ok()
}

#[cfg(not(target_os = "linux"))]
fn current_cpu() -> Option<usize> {
    None
}

/// Let this thread run on any CPU it may use except `cpu`. Nothing changes
/// when that would leave no CPU (a process limited to one) or the system
/// refuses: the thread then shares the CPU, which is slower, not wrong.
#[cfg(target_os = "linux")]
fn avoid_cpu(cpu: usize) {
    use nix::sched::{CpuSet, sched_getaffinity, sched_setaffinity};
    use nix::unistd::Pid;
    let this_thread = Pid::from_raw(0);
    let Ok(allowed) = sched_getaffinity(this_thread) else { return };
    let mut others = CpuSet::new();
    let mut any = false;
    for c in (0..CpuSet::count()).filter(|&c| c != cpu) {
        if allowed.is_set(c).unwrap_or(false) && others.set(c).is_ok() {
            any = true;
        }
    }
    if any {
        let _ = sched_setaffinity(this_thread, &others);
    }
}

#[cfg(not(target_os = "linux"))]
fn avoid_cpu(_cpu: usize) {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn both_threads_share_the_work() {
        let next = AtomicUsize::new(0);
        let (a, b) = on_two(|| {
            let mut mine = Vec::new();
            while let i @ 0..1000 = next.fetch_add(1, Ordering::Relaxed) {
                mine.push(i);
            }
            mine
        });
        let mut all: Vec<usize> = a.into_iter().chain(b).collect();
        all.sort_unstable();
        assert_eq!(all, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn a_panic_in_the_helper_reaches_the_caller() {
        let main = thread::current().id();
        let caught = std::panic::catch_unwind(|| {
            on_two(|| {
                if thread::current().id() != main {
                    panic!("helper failed");
                }
            })
        });
        assert!(caught.is_err());
    }
}
