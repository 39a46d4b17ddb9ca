//! Started from Windows Explorer: by a double-click on livret.exe or a
//! programme dropped on it. Windows then opens a console window for livret
//! alone and closes it the moment livret ends, before anyone has read the
//! message; so livret waits for Enter. Started from a terminal (or under
//! a test, with its input redirected) it never waits.

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use crate::i18n;

/// Whether livret has a console window of its own that will close when it
/// ends, and a person at the keyboard to read it.
pub fn own_window() -> bool {
    owns_console() && std::io::stdin().is_terminal()
}

/// On Windows: the console is shared with no other process (a terminal's
/// shell would be one), so Windows opened it for livret.
#[cfg(windows)]
fn owns_console() -> bool {
    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn GetConsoleProcessList(list: *mut u32, count: u32) -> u32;
    }
    let mut ids = [0u32; 2];
    // SAFETY: the buffer holds `count` (2) process ids, as the function
    // requires; it writes at most that many and returns how many share
    // the console.
    let n = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
    n == 1
}

#[cfg(not(windows))]
fn owns_console() -> bool {
    false
}

/// The programme beside livret.exe, for a double-click: what the user
/// guide tells people to put there. `None`, with the message said, when
/// there is none.
pub fn programme_beside_program() -> Option<PathBuf> {
    let folder = std::env::current_exe().ok()?.parent()?.to_path_buf();
    let file = folder.join("programme.toml");
    if file.is_file() {
        return Some(file);
    }
    eprintln!("{}", i18n::t("no-programme-beside", &[("folder", crate::report::shown(&folder))]));
    eprintln!("{}", i18n::t("hint-programme-beside", &[]));
    None
}

/// "Press Enter to close this window", and wait for it.
pub fn wait_for_enter() {
    eprint!("{}", i18n::t("press-enter", &[]));
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
}
