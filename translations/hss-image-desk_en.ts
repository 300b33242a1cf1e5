<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BatchExportBaselineTaskRequest</name>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchScanSwrImageRequest</name>
    <message numerus="yes">
        <source>holds more than %n image(s)</source>
        <translation>
            <numerusform>holds more than %n image</numerusform>
            <numerusform>holds more than %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallRate</name>
    <message numerus="yes">
        <source>documented limits (%n call(s) a minute per operation)</source>
        <translation>
            <numerusform>documented limits (%n call a minute per operation)</numerusform>
            <numerusform>documented limits (%n calls a minute per operation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) a second per operation</source>
        <translation>
            <numerusform>%n call a second per operation</numerusform>
            <numerusform>%n calls a second per operation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) a minute per operation</source>
        <translation>
            <numerusform>%n call a minute per operation</numerusform>
            <numerusform>%n calls a minute per operation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message numerus="yes">
        <source>waiting for the call budget: next %1 call in %n s</source>
        <translation>
            <numerusform>waiting for the call budget: next %1 call in %n s</numerusform>
            <numerusform>waiting for the call budget: next %1 call in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message numerus="yes">
        <source>No answer from the keyring within %n second(s) (it is locked or waiting for a password prompt): unlock it and try again. %1</source>
        <translation>
            <numerusform>No answer from the keyring within %n second (it is locked or waiting for a password prompt): unlock it and try again. %1</numerusform>
            <numerusform>No answer from the keyring within %n seconds (it is locked or waiting for a password prompt): unlock it and try again. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message numerus="yes">
        <source>%n image(s) match; that is the export size</source>
        <translation>
            <numerusform>%n image matches; that is the export size</numerusform>
            <numerusform>%n images match; that is the export size</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>a rule id is longer than %n character(s)</source>
        <translation>
            <numerusform>a rule id is longer than %n character</numerusform>
            <numerusform>a rule id is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected image(s)</source>
        <translation>
            <numerusform>The %Ln selected image</numerusform>
            <numerusform>The %Ln selected images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln image(s) matching the current filters</source>
        <translation>
            <numerusform>All %Ln image matching the current filters</numerusform>
            <numerusform>All %Ln images matching the current filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n selected image</numerusform>
            <numerusform>%n selected images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTaskManager</name>
    <message numerus="yes">
        <source>accepted: %n record(s)</source>
        <translation>
            <numerusform>accepted: %n record</numerusform>
            <numerusform>accepted: %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTaskWatcher</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HssError</name>
    <message numerus="yes">
        <source>The service refused the call because too many calls were made (throttled, %1); nothing was done. Try again in %n second(s).</source>
        <translation>
            <numerusform>The service refused the call because too many calls were made (throttled, %1); nothing was done. Try again in %n second.</numerusform>
            <numerusform>The service refused the call because too many calls were made (throttled, %1); nothing was done. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HssReply</name>
    <message numerus="yes">
        <source>No data arrived for %n second(s); the request was given up</source>
        <translation>
            <numerusform>No data arrived for %n second; the request was given up</numerusform>
            <numerusform>No data arrived for %n seconds; the request was given up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request did not complete within %n second(s) and was given up</source>
        <translation>
            <numerusform>The request did not complete within %n second and was given up</numerusform>
            <numerusform>The request did not complete within %n seconds and was given up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(and %n more problem)</numerusform>
            <numerusform>(and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageBrowser</name>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln image(s) shown</source>
        <translation>
            <numerusform>%L1 of %Ln image shown</numerusform>
            <numerusform>%L1 of %Ln images shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) shown</source>
        <translation>
            <numerusform>%Ln image shown</numerusform>
            <numerusform>%Ln images shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next page in %n s — about %1 left</source>
        <translation>
            <numerusform>Next page in %n s — about %1 left</numerusform>
            <numerusform>Next page in %n s — about %1 left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFilter</name>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>is longer than %n character</numerusform>
            <numerusform>is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be between 0 and %n byte(s)</source>
        <translation>
            <numerusform>must be between 0 and %n byte</numerusform>
            <numerusform>must be between 0 and %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 of %n image</numerusform>
            <numerusform>%1 of %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listed %n image(s) in full.</source>
        <translation>
            <numerusform>Listed %n image in full.</numerusform>
            <numerusform>Listed %n images in full.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed image(s) fetched.</source>
        <translation>
            <numerusform>%n changed image fetched.</numerusform>
            <numerusform>%n changed images fetched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%1 waits %n s for the call limit</source>
        <translation>
            <numerusform>%1 waits %n s for the call limit</numerusform>
            <numerusform>%1 waits %n s for the call limit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message numerus="yes">
        <source>must be between 1 and %n second(s)</source>
        <translation>
            <numerusform>must be between 1 and %n second</numerusform>
            <numerusform>must be between 1 and %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message numerus="yes">
        <source>Connected: %n image(s)</source>
        <translation>
            <numerusform>Connected: %n image</numerusform>
            <numerusform>Connected: %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 of %Ln row</numerusform>
            <numerusform>%1 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message numerus="yes">
        <source>%n image(s) were already sent for scanning before this error</source>
        <translation>
            <numerusform>%n image was already sent for scanning before this error</numerusform>
            <numerusform>%n images were already sent for scanning before this error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan requested for %n image(s)</source>
        <translation>
            <numerusform>Scan requested for %n image</numerusform>
            <numerusform>Scan requested for %n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanController</name>
    <message numerus="yes">
        <source>%n image(s) are still being scanned; press F5 later to see their result.</source>
        <translation>
            <numerusform>%n image is still being scanned; press F5 later to see its result.</numerusform>
            <numerusform>%n images are still being scanned; press F5 later to see their result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan %n selected image(s)?

HSS bills image scans per image scanned.</source>
        <translation>
            <numerusform>Scan %n selected image?

HSS bills image scans per image scanned.</numerusform>
            <numerusform>Scan %n selected images?

HSS bills image scans per image scanned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n selected image</numerusform>
            <numerusform>%n selected images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan all %n image(s) matching the current filters?

HSS bills image scans per image scanned, and a full scan cannot be stopped once it has started.</source>
        <translation>
            <numerusform>Scan all %n image matching the current filters?

HSS bills image scans per image scanned, and a full scan cannot be stopped once it has started.</numerusform>
            <numerusform>Scan all %n images matching the current filters?

HSS bills image scans per image scanned, and a full scan cannot be stopped once it has started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan requested for %n image(s); their status is refreshed until it is final.</source>
        <translation>
            <numerusform>Scan requested for %n image; their status is refreshed until it is final.</numerusform>
            <numerusform>Scan requested for %n images; their status is refreshed until it is final.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan: %L1 of %Ln image(s) final</source>
        <translation>
            <numerusform>Scan: %L1 of %Ln image final</numerusform>
            <numerusform>Scan: %L1 of %Ln images final</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan finished for %Ln image(s) — %1</source>
        <translation>
            <numerusform>Scan finished for %Ln image — %1</numerusform>
            <numerusform>Scan finished for %Ln images — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message numerus="yes">
        <source>The sheet is too large to show (more than %n column(s) or %1 cells)</source>
        <translation>
            <numerusform>The sheet is too large to show (more than %n column or %1 cells)</numerusform>
            <numerusform>The sheet is too large to show (more than %n columns or %1 cells)</numerusform>
        </translation>
    </message>
</context>
</TS>
