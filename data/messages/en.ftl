# Recoupe's messages in English. Every message here is in fr.ftl too, with the same
# placeholders (a test checks it). Evidence and figures are given as written.

## Diagnostics (one line each; « » marks the draft's own words)

supported = « { $name } » is supported by { $sources }.
contradicted = « { $name } » is contradicted: the sources say { $values }.
disputed = Sources disagree on « { $name } »: { $values }.
unattributed = « { $name } » is stated as fact, but the sources attribute it: { $who } ({ $sources }).
unsupported = No source confirms « { $name } ».
unsupported-no-figure = No source gives a figure for this: « { $name } » is unsupported by the corpus.
outdated = « { $name } » is outdated: { $then } was the figure on { $day_then } ({ $source_then }); on { $day_now } the sources gave { $now } ({ $source_now }).
outdated-later = « { $name } » is outdated: later sources give another figure.
according-to = , according to { $who }
weekday-wrong = « { $name } »: in { $year }, { $month } { $day } is a { $actual }, not a { $written }.
title-contradicted = « { $person } » is not « { $title } » in the sources: { $titles }.
title-given-to = The sources give « { $title } » to { $person } here.
title-swapped = « { $name } »: the sources give this title to { $holder } here ({ $source }); { $person } is known as { $known_as }.
quote-found = The quote is found word for word in { $sources }.
misquoted = The source's words are « { $words } » ({ $source }).
quote-unsupported = No source has these words.
quote-translated = translated quote; the source said « { $words } » ({ $source }).

## Fixes and code actions

fix-replace = Replace with « { $value } » ({ $source })
fix-replace-calendar = Replace with « { $value } » (calendar)
fix-quote = Quote the source: « { $words } » ({ $source })
action-attribute = Add attribution: { $words }
action-cite = Insert citation: { $file }
action-ignore = Ignore this claim (recoupe-ignore)

## Verdicts, as counted in a summary

verdict-supported = { $count ->
        [one] supported
       *[other] supported
    }
verdict-contradicted = { $count ->
        [one] contradicted
       *[other] contradicted
    }
verdict-disputed = { $count ->
        [one] disputed
       *[other] disputed
    }
verdict-unattributed = { $count ->
        [one] unattributed
       *[other] unattributed
    }
verdict-misquoted = { $count ->
        [one] misquoted
       *[other] misquoted
    }
verdict-outdated = { $count ->
        [one] outdated
       *[other] outdated
    }
verdict-unsupported = { $count ->
        [one] unsupported
       *[other] unsupported
    }

## The terminal

summary-head = { $findings } { $findings ->
        [one] finding
       *[other] findings
    } in { $files } { $files ->
        [one] file
       *[other] files
    }
summary = { $head }: { $counts }
help-attribute = attribute it to { $who }
or = or
label-source = source: { $value }

## Hovers

hover-disputed = The sources disagree:
hover-no-speaker = unattributed
hover-no-source = No source in the corpus speaks to it.
hover-agrees = Agrees
hover-disagrees = Says otherwise
hover-timeline = Timeline, oldest first:
hover-timeline-columns = | day | value | who | source | |
hover-mark-draft = the draft's value
hover-mark-latest = latest
cite-line = line { $line }
# Where a source's evidence stands: a line of a text file, a page of a PDF, a paragraph of a Word file or a web page.
place-line = line { $n }
place-page = p. { $n }
place-paragraph = § { $n }
day-front-matter = front matter
day-updated = updated
day-published = published
day-dateline = dateline
day-file-time = file modified; the text gives no date
day-mentioned = the latest day its text names; it gives no date of its own

## The server's notices

corpus-loading = Recoupe: loading corpus
corpus-loaded = corpus loaded: { $count } { $count ->
        [one] source
       *[other] sources
    }
corpus-folder-missing = Recoupe: corpus folder not found: { $folder }
corpus-skipped = corpus: { $warning }
corpus-unreadable = corpus: the sources could not be read: { $error }
no-corpus = Recoupe: no corpus configured for { $folder }. Add `corpus = ["sources"]` to a { $config } in the draft's folder or one above it, or set `recoupe.corpus` in the editor settings; until then nothing is checked.
archive-down = Recoupe: the archive { $archive } is unreachable ({ $why }); checking with local sources only, and retrying.
archive-back = archive { $archive } answers again
archive-invalid = Recoupe: the archive setting is not usable: { $error }

## The HTML report (recoupe report)

report-page-title = Fact-check report
report-summary = Summary
report-claims-checked = Claims checked
report-files = Drafts
report-legend = Legend
report-hint = Select an underlined claim to see its sources.
report-no-claims = No claim to check in this draft.
report-to-review = To review
report-evidence = Evidence for the claim
report-close = Close
report-back-to-claim = Back to the text
report-in-draft = In the draft
report-line = line
report-what-recoupe-says = Finding
report-fix = Suggested fix
report-sources = What the sources say
report-agrees = Agrees
report-says-otherwise = Says otherwise
report-according-to = according to
report-no-source = No source in the corpus speaks to it.
report-timeline = How the figure changed
report-day = Day
report-value = Figure
report-source = Source
report-drafts-value = the draft's figure
report-latest = latest
report-image = image
report-generated-by = Made by Recoupe
report-verdict-supported = ok
report-verdict-contradicted = contradicted
report-verdict-misquoted = misquoted
report-verdict-outdated = outdated
report-verdict-unattributed = unattributed
report-verdict-disputed = disputed
report-verdict-unsupported = unsupported
report-meaning-supported = A source says the same.
report-meaning-contradicted = Sources about the same thing say otherwise.
report-meaning-misquoted = A quote close to a source's, but not the same.
report-meaning-outdated = A figure a later source revised.
report-meaning-unattributed = Stated as fact, where the sources attribute it to someone.
report-meaning-disputed = The sources disagree among themselves.
report-meaning-unsupported = Nothing in the corpus speaks to it.

## The terminal's errors and warnings

cli-no-corpus = no corpus: pass --corpus DIR, or write { $config } with corpus = ["sources"]
cli-corpus-missing = corpus folder not found: { $folder }
cli-skipped = skipped { $warning }
cli-cannot-read = cannot read { $file }: { $error }
cli-internal-error = internal error while checking { $file } (please report it)

# Why a file or folder was kept out of the corpus (after its path and a colon).
skip-folder-not-found = corpus folder not found
skip-vanished = vanished before it could be read
skip-permission-denied = permission denied
skip-io = { $error }
skip-symlink-loop = symlink loop (leads back to { $to })
skip-broken-symlink = broken symlink
skip-unresolved-symlink = symlink that cannot be resolved ({ $error })
skip-symlink-outside = symlink to { $target }, outside the corpus folders: not followed (add that folder to `corpus` to read it)
skip-not-regular = not a regular file
skip-too-large = too large ({ $size } MB; the limit is { $limit } MB), not read
skip-binary = binary file (contains NUL bytes)
skip-not-utf8 = not valid UTF-8 (at byte { $at })
skip-empty = empty file
skip-needs-reader = a web page, PDF or Word file: read through its reader, not as text
skip-not-a-page = not a readable web page ({ $error })
skip-no-main-text = no article text found in the page (only menus and links?)
skip-no-text = no text found in the file
skip-scanned-pdf = a scanned PDF with no text layer: nothing to check against (run text recognition on it first)
skip-encrypted-pdf = encrypted PDF (it needs a password): not read
skip-corrupt-pdf = corrupt or unreadable PDF ({ $error })
skip-corrupt-docx = corrupt or unreadable Word file ({ $error })
