<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>say where to send the request: --region REGION or --endpoint URL</source>
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
        <source> (credentials come from CLOUD_SDK_AK and CLOUD_SDK_SK, plus CLOUD_SDK_SECURITY_TOKEN for temporary keys, or HSS_AUTH_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
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
    <name>ExportTaskWatcher</name>
    <message>
        <source>The export task %1 ended in failure</source>
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
    <name>main</name>
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

Global options: --endpoint URL | --region REGION, --project-id ID,
  --enterprise-project-id ID, --ca-file PEM, --timeout SECONDS, --dry-run
Credentials: CLOUD_SDK_AK and CLOUD_SDK_SK (plus CLOUD_SDK_SECURITY_TOKEN), or HSS_AUTH_TOKEN.
Exit codes: 0 ok, 1 local failure, 2 usage, 3 API error, 4 network or TLS error.
Run &apos;hss-image-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
