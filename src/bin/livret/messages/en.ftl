# livret's messages in English. Diagnostics from the library are worded
# in English by the library itself; this file holds the command's own.

## The frame of messages
expected = expected { $what }
key = key: { $key }
hint = hint: { $hint }
more-of-kind = { $count } more messages of the same kind were not shown
mistakes = error: { $count } mistakes found in { $file }
error = error
warning = warning

## Reading the file
cannot-read = error: cannot read { $file }: { $why }
why-missing = the file does not exist
why-not-a-file = it is not a file (a folder, a device or a pipe)
why-too-large = it is { $size }, and a programme file is at most { $limit } (programmes are usually a few kilobytes: is it the right file?)
hint-run-here = hint: run livret in the folder that holds programme.toml, or give the file's path: livret build path/to/programme.toml

## Building
unknown-profile = unknown edition “{ $name }”; the editions are: { $names }
options-after-command = error: options go after the command: livret { $word } --lang fr, not livret --lang fr { $word }
unknown-command = error: “{ $word }” is neither a livret command nor a file (livret --help lists the commands)
output-is-input = error: the output { $file } is the programme file itself; it was left untouched
hint-other-name = hint: give the PDF another name, e.g. -o out/programme.pdf
nothing-written = note: nothing was written; { $file } is unchanged
nothing-written-at-all = note: nothing was written
cannot-write = error: cannot write { $file }: { $why }
hint-close-viewer = hint: close the PDF in your viewer (Acrobat, Edge…) and build again
none-replaced = note: no PDF was replaced; the previous ones are unchanged
why-folder = it is a folder
why-link = it is a link to another file, and livret never writes through a link
why-held = another program is using it
why-disk-full = the disk is full
why-read-only = the disk or folder is read-only
why-path-through-file = part of the path is a file, not a folder
why-bad-name = the name is too long or not allowed on this disk
why-no-folder = its folder could not be made
some-replaced = note: { $files } were replaced all the same (their old versions could not be put back); the other PDFs are unchanged
output-is-used = error: the output { $file } is a file the programme uses; it was left untouched
wrote = Wrote { $file } — { $pages ->
    [one] 1 page
   *[other] { $pages } pages
  }, { $size } KB: { $what }
done = Done in { $ms } ms.
what-standard = to read on screen and send by e-mail
what-booklet = a booklet on { $sheets ->
    [one] 1 sheet
   *[other] { $sheets } sheets
  } of A4 — print both sides, flip on the short edge, fold in the middle, staple
what-photocopy = black and white, to print and photocopy
what-print-shop = for the print shop — 3 mm bleed and crop marks
sheets-title = { $file }: { $pages } pages on { $sheets ->
    [one] 1 sheet
   *[other] { $sheets } sheets
  }, each side left · right:
sheets-row = sheet { $sheet }: front { $front }, back { $back }

## Checking
correct = { $file } is correct: { $days ->
    [one] 1 day
   *[other] { $days } days
  }, { $slots ->
    [one] 1 slot
   *[other] { $slots } slots
  }.
correct-with-warnings = { $file } is correct: { $days ->
    [one] 1 day
   *[other] { $days } days
  }, { $slots ->
    [one] 1 slot
   *[other] { $slots } slots
  }; { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
  } to look at.

## Watching
watching = Watching { $file } for changes; press Ctrl-C to stop.
built-in = Built in { $ms } ms ({ $since } ms after the save).
last-good-kept = The last good PDF is unchanged. Fix the file and save again.
stopped = Stopped watching.
cannot-watch = error: cannot watch files for changes: { $why }
cannot-watch-folder = warning: cannot watch { $folder }: { $why }

## Exporting
export-wrote = Wrote { $file }
hint-other-export = hint: give the export another name, e.g. -o out/programme.{ $ext }
cannot-write-stdout = error: cannot write to standard output: { $why }
previous-unchanged = note: the previous file, if any, is unchanged

## Starting
init-exists = error: { $file } already exists; it was not replaced
init-wrote = Wrote { $file } and { $logo }. Open { $file } in a text editor (Notepad), replace the examples, save, then type: livret build
unknown-shell = error: “{ $shell }” is not a known shell (bash, zsh, fish, powershell, elvish, or man for the man page)
no-programme-beside = error: there is no programme.toml in { $folder }
hint-programme-beside = hint: put your programme.toml beside livret.exe and double-click again, or drop your programme on livret.exe
interrupted = stopped: nothing was replaced; your previous PDF is untouched.
interrupted-after = stopped.
press-enter = Press Enter to close this window.
