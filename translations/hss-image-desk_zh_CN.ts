<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionLog</name>
    <message>
        <source>Cannot write the action log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionLogDialog</name>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionLogModel</name>
    <message>
        <source>scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaselineExportRequest</name>
    <message>
        <source>must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required when operate_all is not true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rule id must have 1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchScanRequest</name>
    <message>
        <source>is required when operate_all is not true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds more than %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every image needs a namespace, a name and a tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Custom endpoint, e.g. http://127.0.0.1:8080 for the sandbox (default: from --region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region id, e.g. cn-north-4 (env HSS_REGION).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project id (env CLOUD_SDK_PROJECT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project id, or all_granted_eps for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM) to trust for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer timeout in seconds (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the signed request (secrets redacted) and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region %1; known regions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile to use (env HSS_PROFILE); see &apos;profile list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where to send the request: --profile NAME, --region REGION or --endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (credentials come from --profile, or from CLOUD_SDK_AK and CLOUD_SDK_SK, plus CLOUD_SDK_SECURITY_TOKEN for temporary keys, or HSS_AUTH_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConfigLoader</name>
    <message>
        <source>No keychain is set up for loading profiles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of the change reached the keychain; nothing was stored anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service keyring is available (%1): start gnome-keyring or KWallet, or log in to a desktop session. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or refused access (%1): unlock it (for example by logging in again or with Seahorse) and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the keyring within %1 seconds (it is locked or waiting for a password prompt): unlock it and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message>
        <source>Download an exported file (ListDownloadExportedFile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file_id of a finished export task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write, or a folder to write hss-export-FILE_ID.zip into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: download FILE_ID -o PATH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export image baseline-check results (BatchExportBaselineTask): the images with the given list ids, or with --all every image matching the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export: baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image id from the list&apos;s id column (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every image matching the filters (operate_all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of records to export, 0 to 2147483647 (default: the ids given, or the matching count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the export task until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the result into this folder (implies --wait).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between task polls (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: export baseline (--id ID... | --all [filters]) [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --id (one or more) or --all with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval takes seconds between 0 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--download %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-size takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matching images of type %1 cannot be counted; give --export-size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dry run: export_size would be the matching count; shown as 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images match; export_size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll failed, trying again in %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export baseline results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all images matching the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All images matching the current filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters only this export has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Risky:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risky images only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has &amp;container:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a running container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI/CD &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI/CD name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command risk &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command risk na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command risk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command r&amp;ule ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command rule ids, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;size (records):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export size in records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of what will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the values entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n image(s) matching the current filters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a rule id is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will export: %1; export_size %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>no filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all images matching: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTaskManager</name>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>accepted: %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no longer followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export task failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTaskStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a task list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTaskWatcher</name>
    <message>
        <source>The export task %1 ended in failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTasksModel</name>
    <message>
        <source>downloading %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success, downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportTasksPanel</name>
    <message>
        <source>Export tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save exports in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? Choose No to keep both files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export task actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export task %1 (%2) succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export task %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following export task %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Image type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace (SWR organisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWR enterprise instance name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SWR enterprise instance id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest version of each image: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size in bytes, or with a unit: 512K, 20M, 1G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has malicious files: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has unsafe settings (baseline failures): true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has vulnerabilities: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time as epoch milliseconds or ISO 8601, e.g. 2026-01-31T12:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image id (local and CI/CD images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only risky images: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only images with containers: true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CI/CD name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command risk level: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command risk name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command rule id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image-size takes a number of bytes, optionally with K, M or G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes epoch milliseconds or an ISO 8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HssClient</name>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are incomplete for the chosen authentication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 1 to 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HssError</name>
    <message>
        <source>Invalid input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[request id %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service answered with HTTP status %1 and no explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted or the TLS handshake was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint refused the connection; check the endpoint address and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved; check the region or endpoint and the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be used; check the proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HssReply</name>
    <message>
        <source>The download could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s); the request was given up</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1 (redirects are not followed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download was cut off after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service&apos;s answer is not the JSON object the API promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronisation reported a failure without a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFilter</name>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time between 1970 and 2099 in epoch milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSyncTaskRequest</name>
    <message>
        <source>is required when sync_all_registries is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every registry needs an id and a type of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message>
        <source>List the images of the registry (ListSwrImageRepository).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only subcommand: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index of the first image (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size, 10 to 200 (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every page, four requests in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table, json or csv (default table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: images list [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output takes table, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--offset and --limit take whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may use letters, digits, spaces, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most %1 characters, starting and ending with a letter or digit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a region or enter an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an https:// (or http://) address with a host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known HSS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 32 lowercase hexadecimal characters (see &quot;My Credentials&quot; in the console)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an enterprise project id (letters, digits and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only contain letters and digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no %2 in the keychain; edit the profile and enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; contains no PEM or DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCommands</name>
    <message>
        <source>Usage:
  hss-image-cli profile list
  hss-image-cli profile add NAME (--region ID | --endpoint URL) --project-id ID
        [--enterprise-project ID|all] [--auth aksk|temporary-aksk|iam-token]
        [--access-key AK] [--proxy system|none|HOST:PORT] [--proxy-user USER]
        [--ca-file PATH] [--timeout SECONDS] [--secret-stdin] [--set-current]
  hss-image-cli profile remove NAME

Secrets are never accepted as arguments. With --secret-stdin, stdin gives one per line:
the secret key (aksk, temporary-aksk), then the security token (temporary-aksk), or the
IAM token (iam-token); then the proxy password when --proxy-user is given. Otherwise
they come from CLOUD_SDK_SK, CLOUD_SDK_SECURITY_TOKEN, HSS_AUTH_TOKEN and
HSS_PROXY_PASSWORD; the access key may come from CLOUD_SDK_AK.

Exit codes: 0 success, 2 usage error, 5 profile or keychain error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hss-image-cli profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;hss-image-cli profile --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets are never accepted as arguments (they would show in the process list and shell history); use --secret-stdin or the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;add&quot; needs exactly one profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --region or --endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;; known regions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be aksk, temporary-aksk or iam-token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy must be system, none or HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user needs --proxy HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is missing: give it on stdin with --secret-stdin or in the environment (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its secrets are in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;remove&quot; needs exactly one profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; removed, but its keychain entries could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; and its keychain entries removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command: list, add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use list, add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile given and none is current; create one with &quot;hss-image-cli profile add&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (see &quot;hss-image-cli profile list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise pro&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM or DER file added to the trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One enterprise project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All granted enterprise projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary AK/SK with security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile is renamed from the profile list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in keychain — leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestCommand</name>
    <message>
        <source>Sign and send any request. PATH may contain {project_id}, e.g. /v5/{project_id}/image/swr-repository?image_type=private_image&amp;limit=10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET, POST, PUT, DELETE, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path below the endpoint, with an optional query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter K=V (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header K:V (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k:v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body, or @FILE to read it from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: rest METHOD PATH [--query K=V]... [--header K:V]... [--data BODY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH must start with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query %1 is not K=V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header %1 is not K:V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, request id %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the export archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the result rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither CSV nor XLSX; only those can be shown as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan images (BatchScanSwrImage): the ones named with --image, or with --all every image matching the filters. Scans are billed per image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMESPACE/NAME:TAG to scan (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download URL of the enterprise instance (instance_image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every image matching the filters (operate_all); cannot be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --image (one or more) or --all with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--image %1 is not NAMESPACE/NAME:TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images were already sent for scanning before this error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan requested for every %1 image matching the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan requested for %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Synchronise the image list from SWR (RunImageSynchronize).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default private_image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation of %1 started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>Show an export task (ListQueryExportTask).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only subcommand: status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task_id an export answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the task until it finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: task status TASK_ID [--wait]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval takes seconds between 0 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>Not an XLSX workbook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no xl/workbook.xml: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xl/workbook.xml is not valid XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook lists no sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no relationships: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sheet (%1) has no target in the workbook relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml is not valid XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is beyond the last row a sheet can have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string %2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is not valid XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable ZIP archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has no member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would inflate to %2 bytes, more than the %3 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inflates to more than the %2 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hss-image-cli COMMAND [options]

Commands:
  images list       list images, every API filter as an option
  scan              scan images by reference or everything matching (--all)
  export baseline   export baseline-check results; --wait and --download follow it
  task status ID    show or follow an export task
  download FILE_ID  download an exported file
  sync              synchronise the image list from SWR
  rest METHOD PATH  sign and send any request
  profile list|add|remove  saved profiles; secrets go to the OS keychain

Global options: --profile NAME | --endpoint URL | --region REGION, --project-id ID,
  --enterprise-project-id ID, --ca-file PEM, --timeout SECONDS, --dry-run
Credentials: CLOUD_SDK_AK and CLOUD_SDK_SK (plus CLOUD_SDK_SECURITY_TOKEN), or HSS_AUTH_TOKEN.
Exit codes: 0 ok, 1 local failure, 2 usage, 3 API error, 4 network or TLS error,
  5 profile or keychain error.
Run &apos;hss-image-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
