# The library's words in English: the change summary, link words,
# editions' purposes. (A diagnostic's English is the library's own
# sentence, kept with it: `Diagnostic::message`.)

## The change summary (`livret diff`)
diff-heading = Changes to the programme { $title }
diff-nothing = No change.
diff-quote = “{ $text }”
diff-event-title = The event is now called { $new } (was { $old })
diff-added = New: { $time }, { $title }
diff-removed = Cancelled: { $time }, { $title }
diff-moved-day = { $name } moves from { $from } to { $to } at { $time }
diff-moved-time = { $name }: new time { $to } (was { $from })
diff-workshop-time = { $name }: new time
diff-room = { $name }: now in { $room }
diff-room-was = { $name }: now in { $room } (was { $was })
diff-room-gone = { $name }: the room is no longer given
diff-title = { $name } is now titled { $title }
diff-description = { $name }: description changed
diff-workshop-added = { $name }: new session { $title }
diff-workshop-removed = { $name }: the session { $title } is cancelled
diff-found = { $name } — { $role }: { $who }, until now to be found
diff-replaced = { $name } — { $role }: { $who } replaces { $gone }
diff-joined = { $name } — { $role }: { $who } joins
diff-left = { $name } — { $role }: { $who } no longer takes part
diff-confirmed = { $name } — { $role }: { $who } is confirmed
diff-unconfirmed = { $name } — { $role }: { $who } is no longer confirmed
diff-role = { $name } — { $role }: { $who } is now introduced as “{ $introduced }”

## What a screen reader says for a link
link-mail = Write to { $address }
link-phone = Call { $number }
link-web = Open { $address }

## What each edition's PDF is for, in its metadata
purpose-booklet = Print imposition: A5 booklet, two pages on each side of A4 sheets; the reading edition is the standard PDF
purpose-photocopy = Black-and-white edition, to photocopy
purpose-print-shop = For a print shop: 3 mm bleed, crop marks, trim box and bleed box
