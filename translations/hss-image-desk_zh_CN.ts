<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionLog</name>
    <message>
        <source>Cannot write the action log %1: %2</source>
        <translation>无法写入操作日志 %1：%2</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>ActionLogDialog</name>
    <message>
        <source>Action log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <source>Action log file</source>
        <translation>操作日志文件</translation>
    </message>
    <message>
        <source>Operations, newest first</source>
        <translation>操作记录，最新的在前</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>保存在 %1</translation>
    </message>
</context>
<context>
    <name>ActionLogModel</name>
    <message>
        <source>scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>export task</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务ID</translation>
    </message>
</context>
<context>
    <name>BatchExportBaselineTaskRequest</name>
    <message>
        <source>must be between 0 and %1</source>
        <translation>必须介于 0 到 %1 之间</translation>
    </message>
    <message>
        <source>is required when operate_all is not true</source>
        <translation>operate_all 不为 true 时必填</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
    <message>
        <source>every rule id must have 1 to 200 characters</source>
        <translation>每个规则ID的长度必须为 1 到 200 个字符</translation>
    </message>
    <message>
        <source>%1 is not an image id from the list (a whole number, 0 or more)</source>
        <translation>%1 不是列表中的镜像ID（应为 0 或更大的整数）</translation>
    </message>
    <message>
        <source>%1 is not an image id</source>
        <translation>%1 不是镜像ID</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>长度超过 %n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchScanSwrImageRequest</name>
    <message>
        <source>is required when operate_all is not true</source>
        <translation>operate_all 不为 true 时必填</translation>
    </message>
    <message>
        <source>every image needs a namespace, a name and a tag</source>
        <translation>每个镜像都需要命名空间、名称和版本</translation>
    </message>
    <message numerus="yes">
        <source>holds more than %n image(s)</source>
        <translation>
            <numerusform>包含超过 %n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2:%3 is longer than a namespace (%4), name (%5) or tag (%6) may be</source>
        <translation>%1/%2:%3 超出了命名空间（%4）、名称（%5）或版本（%6）允许的长度</translation>
    </message>
</context>
<context>
    <name>CallRate</name>
    <message numerus="yes">
        <source>documented limits (%n call(s) a minute per operation)</source>
        <translation>
            <numerusform>文档规定的限制（每个操作每分钟 %n 次调用）</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) a second per operation</source>
        <translation>
            <numerusform>每个操作每秒 %n 次调用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) a minute per operation</source>
        <translation>
            <numerusform>每个操作每分钟 %n 次调用</numerusform>
        </translation>
    </message>
    <message>
        <source>the number of calls must be between 1 and %1</source>
        <translation>调用次数必须在 1 到 %1 之间</translation>
    </message>
    <message>
        <source>must be documented, unlimited, or a number of calls per minute or second such as 30/min or 2/s</source>
        <translation>必须是 documented、unlimited，或每分钟/每秒的调用次数，例如 30/min 或 2/s</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Custom endpoint, e.g. http://127.0.0.1:8080 for the sandbox (default: from --region).</source>
        <translation>自定义终端节点，例如沙箱使用 http://127.0.0.1:8080（默认：由 --region 决定）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Region id, e.g. cn-north-4 (env HSS_REGION).</source>
        <translation>区域ID，例如 cn-north-4（环境变量 HSS_REGION）。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Project id (env CLOUD_SDK_PROJECT_ID).</source>
        <translation>项目ID（环境变量 CLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Enterprise project id, or all_granted_eps for all of them.</source>
        <translation>企业项目ID，或 all_granted_eps 表示全部企业项目。</translation>
    </message>
    <message>
        <source>Extra CA certificate (PEM) to trust for this call.</source>
        <translation>本次调用额外信任的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Print the signed request (secrets redacted) and send nothing.</source>
        <translation>打印已签名的请求（隐去密钥），不发送任何内容。</translation>
    </message>
    <message>
        <source>unknown region %1; known regions: %2</source>
        <translation>未知区域 %1；已知区域：%2</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 3600</source>
        <translation>--timeout 必须是 1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation>无法从 %1 读取任何 PEM 证书</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Saved profile to use (env HSS_PROFILE); see &apos;profile list&apos;.</source>
        <translation>要使用的已保存配置项（环境变量 HSS_PROFILE）；参见 &apos;profile list&apos;。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>say where to send the request: --profile NAME, --region REGION or --endpoint URL</source>
        <translation>请指定请求的发送目标：--profile NAME、--region REGION 或 --endpoint URL</translation>
    </message>
    <message>
        <source> (credentials come from --profile, or from CLOUD_SDK_AK and CLOUD_SDK_SK, plus CLOUD_SDK_SECURITY_TOKEN for temporary keys, or HSS_AUTH_TOKEN)</source>
        <translation> (凭据来自 --profile，或来自 CLOUD_SDK_AK 和 CLOUD_SDK_SK，临时密钥还需 CLOUD_SDK_SECURITY_TOKEN，或来自 HSS_AUTH_TOKEN)</translation>
    </message>
    <message>
        <source>Seconds a request may take in all, and may go without data (default 60; downloads: idle only).</source>
        <translation>请求总时长及无数据等待时长的上限秒数（默认 60；下载仅限制无数据等待时长）。</translation>
    </message>
    <message numerus="yes">
        <source>waiting for the call budget: next %1 call in %n s</source>
        <translation>
            <numerusform>正在等待调用配额：下一次 %1 调用将在 %n 秒后</numerusform>
        </translation>
    </message>
    <message>
        <source>How often each API operation may be called: documented (5 a minute, the service&apos;s limit for one user), N/min, N/s or unlimited (env HSS_CALL_RATE; default: the profile&apos;s, else documented, or unlimited for an endpoint on this machine).</source>
        <translation>每个 API 操作可被调用的频率：documented（每分钟 5 次，即服务对单个用户的限制）、N/min、N/s 或 unlimited（环境变量 HSS_CALL_RATE；默认：配置项中的设置，否则为 documented；对本机上的终端节点为 unlimited）。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>--rate %1</source>
        <translation>--rate %1</translation>
    </message>
</context>
<context>
    <name>ClientConfigLoader</name>
    <message>
        <source>No keychain is set up for loading profiles.</source>
        <translation>未设置用于加载配置项的钥匙串。</translation>
    </message>
</context>
<context>
    <name>CreateImageSynchronizeTaskRequest</name>
    <message>
        <source>is required when sync_all_registries is false</source>
        <translation>sync_all_registries 为 false 时必填</translation>
    </message>
    <message>
        <source>every registry needs an id and a type of %1</source>
        <translation>每个镜像仓库都需要ID，且类型须为 %1 之一</translation>
    </message>
</context>
<context>
    <name>CredentialJob</name>
    <message>
        <source>Nothing was stored.</source>
        <translation>未存储任何内容。</translation>
    </message>
    <message>
        <source>No secret could be read.</source>
        <translation>无法读取任何密钥。</translation>
    </message>
    <message>
        <source>Only part of the change reached the keychain; nothing was stored anywhere else.</source>
        <translation>只有部分更改写入了钥匙串；其他位置未存储任何内容。</translation>
    </message>
    <message>
        <source>No Secret Service keyring is available (%1): start gnome-keyring or KWallet, or log in to a desktop session. %2</source>
        <translation>没有可用的 Secret Service 密钥环（%1）：请启动 gnome-keyring 或 KWallet，或登录桌面会话。%2</translation>
    </message>
    <message>
        <source>The keyring is locked or refused access (%1): unlock it (for example by logging in again or with Seahorse) and try again. %2</source>
        <translation>密钥环已锁定或拒绝访问（%1）：请将其解锁（例如重新登录或使用 Seahorse）后重试。%2</translation>
    </message>
    <message>
        <source>The keychain failed: %1. %2</source>
        <translation>钥匙串操作失败：%1。%2</translation>
    </message>
    <message>
        <source>there is no unlocked default keyring</source>
        <translation>没有已解锁的默认密钥环</translation>
    </message>
    <message>
        <source>the default keyring cannot be opened: %1</source>
        <translation>无法打开默认密钥环：%1</translation>
    </message>
    <message>
        <source>the default keyring is locked</source>
        <translation>默认密钥环已锁定</translation>
    </message>
    <message numerus="yes">
        <source>No answer from the keyring within %n second(s) (it is locked or waiting for a password prompt): unlock it and try again. %1</source>
        <translation>
            <numerusform>密钥环在 %n 秒内没有应答（它已锁定或正在等待输入密码）：请将其解锁后重试。%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message>
        <source>Download an exported file (ListDownloadExportedFile).</source>
        <translation>下载导出的文件（ListDownloadExportedFile）。</translation>
    </message>
    <message>
        <source>The file_id of a finished export task.</source>
        <translation>已完成的导出任务的 file_id。</translation>
    </message>
    <message>
        <source>File to write, or a folder to write hss-export-FILE_ID.zip into.</source>
        <translation>要写入的文件，或写入 hss-export-FILE_ID.zip 的文件夹。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Replace the file if it exists (a symbolic link is never followed).</source>
        <translation>如果文件已存在则替换（从不跟随符号链接）。</translation>
    </message>
    <message>
        <source>usage: download FILE_ID -o PATH [--force]</source>
        <translation>用法：download FILE_ID -o PATH [--force]</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 已存在；指定 --force 以替换它</translation>
    </message>
</context>
<context>
    <name>DownloadProgress</name>
    <message>
        <source>downloaded %1 of %2, %3/s</source>
        <translation>已下载 %1 / %2，%3/s</translation>
    </message>
    <message>
        <source>downloaded %1, %2/s</source>
        <translation>已下载 %1，%2/s</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export image baseline-check results (BatchExportBaselineTask): the images with the given list ids, or with --all every image matching the filters.</source>
        <translation>导出镜像基线检查结果（BatchExportBaselineTask）：导出具有指定列表ID的镜像，或使用 --all 导出匹配筛选条件的所有镜像。</translation>
    </message>
    <message>
        <source>What to export: baseline.</source>
        <translation>导出内容：baseline。</translation>
    </message>
    <message>
        <source>Image id from the list&apos;s id column (repeatable).</source>
        <translation>列表 id 列中的镜像ID（可重复）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Export every image matching the filters (operate_all).</source>
        <translation>导出匹配筛选条件的所有镜像（operate_all）。</translation>
    </message>
    <message>
        <source>Number of records to export, 0 to 2147483647 (default: the ids given, or the matching count).</source>
        <translation>要导出的记录数，0 到 2147483647（默认：给定的ID数或匹配的数量）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Follow the export task until it finishes.</source>
        <translation>跟踪导出任务直至完成。</translation>
    </message>
    <message>
        <source>Download the result into this folder (implies --wait).</source>
        <translation>将结果下载到此文件夹（隐含 --wait）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Seconds between task polls (default 5).</source>
        <translation>任务轮询间隔秒数（默认 5）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>usage: export baseline (--id ID... | --all [filters]) [options]</source>
        <translation>用法：export baseline (--id ID... | --all [filters]) [options]</translation>
    </message>
    <message>
        <source>give either --id (one or more) or --all with filters</source>
        <translation>请指定 --id（一个或多个），或带筛选条件的 --all</translation>
    </message>
    <message>
        <source>--download %1 is not a folder</source>
        <translation>--download %1 不是文件夹</translation>
    </message>
    <message>
        <source>--export-size takes a whole number</source>
        <translation>--export-size 的取值必须是整数</translation>
    </message>
    <message>
        <source>the matching images of type %1 cannot be counted; give --export-size</source>
        <translation>无法统计类型为 %1 的匹配镜像数量；请指定 --export-size</translation>
    </message>
    <message>
        <source>task %1: %2 (%3 s)</source>
        <translation>任务 %1：%2（%3 秒）</translation>
    </message>
    <message>
        <source>task %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <source>poll failed, trying again in %1 s: %2</source>
        <translation>轮询失败，%1 秒后重试：%2</translation>
    </message>
    <message>
        <source>--poll-interval takes seconds, more than 0 and at most 3600</source>
        <translation>--poll-interval 的取值为秒数，大于 0 且不超过 3600</translation>
    </message>
    <message>
        <source>--wait-timeout takes minutes, more than 0 and at most 1440</source>
        <translation>--wait-timeout 的取值为分钟数，大于 0 且不超过 1440</translation>
    </message>
    <message>
        <source>(dry run: the export size would be the number of matching images; shown as 0)</source>
        <translation>（试运行：导出数量将是匹配镜像的数量；此处显示为 0）</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) match; that is the export size</source>
        <translation>
            <numerusform>%n 个镜像匹配；即为导出数量</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes to follow a task before giving up (default 30).</source>
        <translation>放弃前跟踪任务的分钟数（默认 30）。</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟数</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Earlier export tasks could not be read: %1</source>
        <translation>无法读取之前的导出任务：%1</translation>
    </message>
    <message>
        <source>The export was not sent: the call limit is reached</source>
        <translation>导出未发送：已达到调用限制</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export baseline results</source>
        <translation>导出基线检查结果</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>Export the selected images</source>
        <translation>导出所选镜像</translation>
    </message>
    <message>
        <source>Selected images</source>
        <translation>所选镜像</translation>
    </message>
    <message>
        <source>Export all images matching the filters</source>
        <translation>导出匹配筛选条件的所有镜像</translation>
    </message>
    <message>
        <source>All images matching the current filters</source>
        <translation>匹配当前筛选条件的所有镜像</translation>
    </message>
    <message>
        <source>Filters only this export has</source>
        <translation>仅用于本次导出的筛选条件</translation>
    </message>
    <message>
        <source>Image &amp;type:</source>
        <translation>镜像类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <source>&amp;Risky:</source>
        <translation>有风险(&amp;R)：</translation>
    </message>
    <message>
        <source>Risky images only</source>
        <translation>仅有风险的镜像</translation>
    </message>
    <message>
        <source>&amp;Severity level:</source>
        <translation>严重程度(&amp;S)：</translation>
    </message>
    <message>
        <source>Severity level</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Has &amp;container:</source>
        <translation>有容器(&amp;C)：</translation>
    </message>
    <message>
        <source>Has a running container</source>
        <translation>有正在运行的容器</translation>
    </message>
    <message>
        <source>CI/CD &amp;name:</source>
        <translation>CI/CD 名称(&amp;N)：</translation>
    </message>
    <message>
        <source>CI/CD name</source>
        <translation>CI/CD 名称</translation>
    </message>
    <message>
        <source>Build command risk &amp;level:</source>
        <translation>构建命令风险等级(&amp;L)：</translation>
    </message>
    <message>
        <source>Build command risk level</source>
        <translation>构建命令风险等级</translation>
    </message>
    <message>
        <source>Build command risk na&amp;me:</source>
        <translation>构建命令风险名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Build command risk name</source>
        <translation>构建命令风险名称</translation>
    </message>
    <message>
        <source>Build command r&amp;ule ids:</source>
        <translation>构建命令规则ID(&amp;U)：</translation>
    </message>
    <message>
        <source>Build command rule ids, separated by commas</source>
        <translation>构建命令规则ID，以逗号分隔</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>以逗号分隔</translation>
    </message>
    <message>
        <source>Export &amp;size (records):</source>
        <translation>导出数量（条）(&amp;S)：</translation>
    </message>
    <message>
        <source>Export size in records</source>
        <translation>导出数量（条）</translation>
    </message>
    <message>
        <source>Summary of what will be exported</source>
        <translation>导出内容摘要</translation>
    </message>
    <message>
        <source>Problems with the values entered</source>
        <translation>输入值存在问题</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>必须是 0 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>Records to export:</source>
        <translation>导出记录数：</translation>
    </message>
    <message>
        <source>Number of records the service will export</source>
        <translation>服务将导出的记录数</translation>
    </message>
    <message numerus="yes">
        <source>a rule id is longer than %n character(s)</source>
        <translation>
            <numerusform>有规则ID长度超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>the local image %1 has no image_id; refresh the list</source>
        <translation>本地镜像 %1 没有 image_id；请刷新列表</translation>
    </message>
    <message>
        <source>is not known yet: the records are still being counted; wait or type a size</source>
        <translation>尚未确定：仍在统计记录数；请等待或输入数量</translation>
    </message>
    <message>
        <source>Will export: %1; %2: %3.</source>
        <translation>将导出：%1；%2：%3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>not counted; type the export size</source>
        <translation>未统计；请输入导出数量</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>unknown (%1); type the export size</source>
        <translation>未知（%1）；请输入导出数量</translation>
    </message>
    <message>
        <source>Sending the export…</source>
        <translation>正在发送导出请求…</translation>
    </message>
    <message>
        <source>No answer came, so the export may or may not have started: %1
Check the export tasks and the action log before pressing Export again.</source>
        <translation>未收到应答，因此导出可能已启动，也可能未启动：%1
再次点击“导出”前，请先检查导出任务和操作日志。</translation>
    </message>
    <message>
        <source>The export was not started: %1</source>
        <translation>导出未启动：%1</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected image(s)</source>
        <translation>
            <numerusform>所选的 %Ln 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln image(s) matching the current filters</source>
        <translation>
            <numerusform>匹配当前筛选条件的全部 %Ln 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln 条记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>no filters</source>
        <translation>无筛选条件</translation>
    </message>
    <message>
        <source>all images matching: %1</source>
        <translation>匹配以下条件的所有镜像：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n 个所选镜像</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTaskManager</name>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>accepted: %n record(s)</source>
        <translation>
            <numerusform>已受理：%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>no longer followed: %1</source>
        <translation>已停止跟踪：%1</translation>
    </message>
    <message>
        <source>The export task failed</source>
        <translation>导出任务失败</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failure: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>The service accepted the export but returned no task id to follow</source>
        <translation>服务已接受导出，但未返回可跟踪的任务 ID</translation>
    </message>
    <message>
        <source>is %1, not the current %2; switch to %1 to download this task</source>
        <translation>属于 %1，而不是当前的 %2；请切换到 %1 后再下载此任务</translation>
    </message>
</context>
<context>
    <name>ExportTaskStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a task list (%2); it was kept as %3</source>
        <translation>%1 不是任务列表（%2）；已另存为 %3</translation>
    </message>
    <message>
        <source>%1 is not a task list (%2) and could not be moved aside; new tasks will not be remembered</source>
        <translation>%1 不是任务列表（%2），且无法移到别处；新任务将不会被记住</translation>
    </message>
</context>
<context>
    <name>ExportTaskWatcher</name>
    <message>
        <source>The export task %1 ended in failure</source>
        <translation>导出任务 %1 以失败结束</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>The export task %1 was still %2 after %3; it was no longer followed</source>
        <translation>%3 后导出任务 %1 仍为 %2；已停止跟踪</translation>
    </message>
    <message>
        <source>without a status</source>
        <translation>无状态</translation>
    </message>
</context>
<context>
    <name>ExportTasksModel</name>
    <message>
        <source>downloading %1%</source>
        <translation>正在下载 %1%</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务ID</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>保存位置</translation>
    </message>
    <message>
        <source>Succeeded, downloaded</source>
        <translation>成功，已下载</translation>
    </message>
    <message>
        <source>downloading %1%, %2/s</source>
        <translation>正在下载 %1%，%2/s</translation>
    </message>
</context>
<context>
    <name>ExportTasksPanel</name>
    <message>
        <source>Export tasks</source>
        <translation>导出任务</translation>
    </message>
    <message>
        <source>Save exports in</source>
        <translation>导出保存位置</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件已存在</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it? Choose No to keep both files.</source>
        <translation>%1 已存在。是否替换？选择“否”将保留两个文件。</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>下载进度</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>下载文件夹</translation>
    </message>
    <message>
        <source>Export task actions</source>
        <translation>导出任务操作</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>打开文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Show result</source>
        <translation>显示结果(&amp;S)</translation>
    </message>
    <message>
        <source>Download folder…</source>
        <translation>下载文件夹…</translation>
    </message>
    <message>
        <source>Saving to %1</source>
        <translation>正在保存到 %1</translation>
    </message>
    <message>
        <source>Export not started</source>
        <translation>导出未启动</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>Export task %1 (%2) succeeded.</source>
        <translation>导出任务 %1（%2）已成功。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export task %1 failed: %2</source>
        <translation>导出任务 %1 失败：%2</translation>
    </message>
    <message>
        <source>Export not followed</source>
        <translation>已停止跟踪导出</translation>
    </message>
    <message>
        <source>Stopped following export task %1: %2</source>
        <translation>已停止跟踪导出任务 %1：%2</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Export %1 was not saved: %2</source>
        <translation>导出 %1 未保存：%2</translation>
    </message>
    <message>
        <source>Export saved</source>
        <translation>导出已保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export may have been started</source>
        <translation>导出可能已启动</translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Image type: %1.</source>
        <translation>镜像类型：%1。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Namespace (SWR organisation).</source>
        <translation>命名空间（SWR 组织）。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Image name.</source>
        <translation>镜像名称。</translation>
    </message>
    <message>
        <source>Image tag.</source>
        <translation>镜像版本。</translation>
    </message>
    <message>
        <source>Scan status: %1.</source>
        <translation>扫描状态：%1。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>SWR enterprise instance name.</source>
        <translation>SWR 企业版实例名称。</translation>
    </message>
    <message>
        <source>SWR enterprise instance id.</source>
        <translation>SWR 企业版实例ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Only the latest version of each image: true or false.</source>
        <translation>仅每个镜像的最新版本：true 或 false。</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>Image size in bytes, or with a unit: 512K, 20M, 1G.</source>
        <translation>镜像大小，单位为字节，或带单位：512K、20M、1G。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Has malicious files: true or false.</source>
        <translation>存在恶意文件：true 或 false。</translation>
    </message>
    <message>
        <source>Has unsafe settings (baseline failures): true or false.</source>
        <translation>存在不安全配置（基线检查未通过）：true 或 false。</translation>
    </message>
    <message>
        <source>Has vulnerabilities: true or false.</source>
        <translation>存在漏洞：true 或 false。</translation>
    </message>
    <message>
        <source>Time as epoch milliseconds or ISO 8601, e.g. 2026-01-31T12:00:00Z.</source>
        <translation>时间，格式为纪元毫秒数或 ISO 8601，例如 2026-01-31T12:00:00Z。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Vulnerability type: %1.</source>
        <translation>漏洞类型：%1。</translation>
    </message>
    <message>
        <source>Image id (local and CI/CD images).</source>
        <translation>镜像ID（本地镜像和 CI/CD 镜像）。</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>严重程度：%1。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Only risky images: true or false.</source>
        <translation>仅有风险的镜像：true 或 false。</translation>
    </message>
    <message>
        <source>Only images with containers: true or false.</source>
        <translation>仅有容器的镜像：true 或 false。</translation>
    </message>
    <message>
        <source>CI/CD name.</source>
        <translation>CI/CD 名称。</translation>
    </message>
    <message>
        <source>Build command risk level: %1.</source>
        <translation>构建命令风险等级：%1。</translation>
    </message>
    <message>
        <source>Build command risk name.</source>
        <translation>构建命令风险名称。</translation>
    </message>
    <message>
        <source>Build command rule id (repeatable).</source>
        <translation>构建命令规则ID（可重复）。</translation>
    </message>
    <message>
        <source>Vulnerability id (repeatable).</source>
        <translation>漏洞ID（可重复）。</translation>
    </message>
    <message>
        <source>--%1 takes true or false</source>
        <translation>--%1 的取值为 true 或 false</translation>
    </message>
    <message>
        <source>--image-size takes a number of bytes, optionally with K, M or G</source>
        <translation>--image-size 的取值为字节数，可带 K、M 或 G</translation>
    </message>
    <message>
        <source>--%1 takes epoch milliseconds or an ISO 8601 date-time</source>
        <translation>--%1 的取值为纪元毫秒数或 ISO 8601 日期时间</translation>
    </message>
</context>
<context>
    <name>HssClient</name>
    <message>
        <source>must be an http:// or https:// address</source>
        <translation>必须是 http:// 或 https:// 地址</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>are incomplete for the chosen authentication mode</source>
        <translation>对于所选的认证方式不完整</translation>
    </message>
    <message>
        <source>must be a plain host name or address, without user name or &quot;..&quot;</source>
        <translation>必须是单纯的主机名或地址，不得包含用户名或 &quot;..&quot;</translation>
    </message>
    <message>
        <source>must be 1 to %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and not &quot;.&quot; or &quot;..&quot;</source>
        <translation>必须由 1 到 %1 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成，且不能是 &quot;.&quot; 或 &quot;..&quot;</translation>
    </message>
    <message>
        <source>must be 1 to %1 letters, digits, &apos;_&apos; or &apos;-&apos;</source>
        <translation>必须由 1 到 %1 个字母、数字、&apos;_&apos; 或 &apos;-&apos; 组成</translation>
    </message>
    <message>
        <source>is required by this call; the profile has a custom endpoint without a region</source>
        <translation>为此调用所必需；该配置项使用的自定义终端节点没有区域</translation>
    </message>
    <message>
        <source>must be a word of capital letters, like GET or POST</source>
        <translation>必须是由大写字母组成的单词，例如 GET 或 POST</translation>
    </message>
    <message>
        <source>%1 has a character a header cannot carry (a line break or another control character, or a space or separator in the name)</source>
        <translation>%1 包含请求头无法携带的字符（换行符或其他控制字符，或名称中的空格或分隔符）</translation>
    </message>
</context>
<context>
    <name>HssError</name>
    <message>
        <source>Invalid input: %1</source>
        <translation>输入无效：%1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1 (HTTP %2): %3</source>
        <translation>%1（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>[request id %1]</source>
        <translation>[请求ID %1]</translation>
    </message>
    <message>
        <source>the service answered with HTTP status %1 and no explanation</source>
        <translation>服务返回了 HTTP 状态 %1，且未给出说明</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate is not trusted or the TLS handshake was refused</source>
        <translation>安全连接失败：服务器证书不受信任，或 TLS 握手被拒绝</translation>
    </message>
    <message>
        <source>The endpoint refused the connection; check the endpoint address and port</source>
        <translation>终端节点拒绝了连接；请检查终端节点地址和端口</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved; check the region or endpoint and the network</source>
        <translation>无法解析终端节点的主机名；请检查区域或终端节点以及网络</translation>
    </message>
    <message>
        <source>The server closed the connection before answering</source>
        <translation>服务器在应答前关闭了连接</translation>
    </message>
    <message>
        <source>The proxy could not be used; check the proxy settings</source>
        <translation>无法使用代理；请检查代理设置</translation>
    </message>
    <message>
        <source>The connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>The request may have been sent; check before retrying (%1)</source>
        <translation>请求可能已发送；重试前请先检查（%1）</translation>
    </message>
    <message numerus="yes">
        <source>The service refused the call because too many calls were made (throttled, %1); nothing was done. Try again in %n second(s).</source>
        <translation>
            <numerusform>由于调用次数过多，服务拒绝了此调用（已限流，%1）；未执行任何操作。请在 %n 秒后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HssReply</name>
    <message>
        <source>The download could not be written to %1: %2</source>
        <translation>无法将下载内容写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s); the request was given up</source>
        <translation>
            <numerusform>%n 秒内未收到数据；已放弃该请求</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete</source>
        <translation>应答在完整接收前被截断</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1 (redirects are not followed)</source>
        <translation>意外的 HTTP 状态 %1（不跟随重定向）</translation>
    </message>
    <message>
        <source>The service&apos;s answer is not the JSON object the API promises</source>
        <translation>服务的应答不是 API 约定的 JSON 对象</translation>
    </message>
    <message>
        <source>The synchronisation reported a failure without a description</source>
        <translation>同步报告了失败，但没有描述</translation>
    </message>
    <message>
        <source>The download could not be saved to %1: %2</source>
        <translation>无法将下载内容保存到 %1：%2</translation>
    </message>
    <message>
        <source>The answer is larger than %1 and was not read to the end</source>
        <translation>响应大于 %1，未读取完整</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; downloads are never written through one</source>
        <translation>%1 是符号链接；下载内容从不通过符号链接写入</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file</source>
        <translation>%1 已存在且不是普通文件</translation>
    </message>
    <message>
        <source>%1 already exists; it is only replaced when asked to</source>
        <translation>%1 已存在；仅在明确要求时才会替换</translation>
    </message>
    <message numerus="yes">
        <source>The request did not complete within %n second(s) and was given up</source>
        <translation>
            <numerusform>请求未在 %n 秒内完成，已放弃</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was cut off after %1 of %2</source>
        <translation>下载在 %1 / %2 处中断</translation>
    </message>
    <message>
        <source>Bad response: %1 %2</source>
        <translation>错误的响应：%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>（另有 %n 个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageBrowser</name>
    <message>
        <source>Loading canceled</source>
        <translation>已取消加载</translation>
    </message>
    <message>
        <source>The image list could not be loaded</source>
        <translation>无法加载镜像列表</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>已选 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln image(s) shown</source>
        <translation>
            <numerusform>显示 %L1 / %Ln 个镜像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s) shown</source>
        <translation>
            <numerusform>显示 %Ln 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>No images match the quick filter &quot;%1&quot;</source>
        <translation>没有与快速筛选“%1”匹配的镜像</translation>
    </message>
    <message>
        <source>No images match these filters</source>
        <translation>没有与这些筛选条件匹配的镜像</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next page in %n s — about %1 left</source>
        <translation>
            <numerusform>下一页将在 %n 秒后 — 大约还需 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFilter</name>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
    <message>
        <source>must be a time between 1970 and 2099 in epoch milliseconds</source>
        <translation>必须是 1970 到 2099 年之间的时间，以纪元毫秒数表示</translation>
    </message>
    <message>
        <source>must not be before the start time</source>
        <translation>不得早于开始时间</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>必须介于 0 到 %1 之间</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 到 %2 之间</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>长度超过 %n 个字符</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>must be between 0 and %n byte(s)</source>
        <translation>
            <numerusform>必须介于 0 到 %n 字节之间</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageFilterForm</name>
    <message>
        <source>Image filters</source>
        <translation>镜像筛选条件</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>命名空间(&amp;N)：</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Image na&amp;me:</source>
        <translation>镜像名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>镜像版本(&amp;G)：</translation>
    </message>
    <message>
        <source>Tag (image version)</source>
        <translation>镜像版本（标签）</translation>
    </message>
    <message>
        <source>Scan stat&amp;us:</source>
        <translation>扫描状态(&amp;U)：</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>扫描状态</translation>
    </message>
    <message>
        <source>Latest version only</source>
        <translation>仅最新版本</translation>
    </message>
    <message>
        <source>Latest version of each image onl&amp;y</source>
        <translation>仅显示每个镜像的最新版本(&amp;Y)</translation>
    </message>
    <message>
        <source>Enterprise instance:</source>
        <translation>企业版实例：</translation>
    </message>
    <message>
        <source>Enterprise instance name</source>
        <translation>企业版实例名称</translation>
    </message>
    <message>
        <source>Instance I&amp;D:</source>
        <translation>实例ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Enterprise instance ID</source>
        <translation>企业版实例ID</translation>
    </message>
    <message>
        <source>Image si&amp;ze:</source>
        <translation>镜像大小(&amp;Z)：</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>镜像大小</translation>
    </message>
    <message>
        <source>Image size unit</source>
        <translation>镜像大小单位</translation>
    </message>
    <message>
        <source>Updated from enabled</source>
        <translation>启用“更新时间从”</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>更新时间从</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Updated until enabled</source>
        <translation>启用“更新时间至”</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>更新时间至</translation>
    </message>
    <message>
        <source>Scanned from enabled</source>
        <translation>启用“扫描时间从”</translation>
    </message>
    <message>
        <source>Scanned from</source>
        <translation>扫描时间从</translation>
    </message>
    <message>
        <source>Scanned until enabled</source>
        <translation>启用“扫描时间至”</translation>
    </message>
    <message>
        <source>Scanned until</source>
        <translation>扫描时间至</translation>
    </message>
    <message>
        <source>Has vulnerabilities</source>
        <translation>存在漏洞</translation>
    </message>
    <message>
        <source>Has mali&amp;cious files:</source>
        <translation>存在恶意文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Has malicious files</source>
        <translation>存在恶意文件</translation>
    </message>
    <message>
        <source>Has unsafe setting&amp;s:</source>
        <translation>存在不安全配置(&amp;S)：</translation>
    </message>
    <message>
        <source>Has unsafe settings</source>
        <translation>存在不安全配置</translation>
    </message>
    <message>
        <source>Filter errors</source>
        <translation>筛选条件错误</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>重置筛选条件</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>应用筛选条件</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>Image size; 1 KB = 1024 bytes</source>
        <translation>镜像大小；1 KB = 1024 字节</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Only for enterprise instance images</source>
        <translation>仅适用于企业版实例镜像</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Image ty&amp;pe:</source>
        <translation>镜像类型(&amp;P)：</translation>
    </message>
    <message>
        <source>Has vu&amp;lnerabilities:</source>
        <translation>存在漏洞(&amp;L)：</translation>
    </message>
    <message>
        <source>must be between 0 and %1 %2</source>
        <translation>必须介于 0 到 %1 %2 之间</translation>
    </message>
</context>
<context>
    <name>ImageInventory</name>
    <message>
        <source>The image inventory needs the Qt SQLite driver, which is not installed.</source>
        <translation>镜像清单需要 Qt SQLite 驱动程序，但未安装。</translation>
    </message>
    <message>
        <source>The folder of the image inventory %1 could not be created.</source>
        <translation>无法创建镜像清单 %1 的文件夹。</translation>
    </message>
    <message>
        <source>The image inventory %1 could not be written: %2</source>
        <translation>无法写入镜像清单 %1：%2</translation>
    </message>
    <message>
        <source>The image inventory %1 could not be opened: %2</source>
        <translation>无法打开镜像清单 %1：%2</translation>
    </message>
    <message>
        <source>The image inventory %1 is unusable and could not be moved aside.</source>
        <translation>镜像清单 %1 无法使用，且无法移到一旁。</translation>
    </message>
    <message>
        <source>The image inventory file %1 belongs to another program. It was moved to %2 and a new inventory started.</source>
        <translation>镜像清单文件 %1 属于其他程序。它已被移到 %2，并已新建清单。</translation>
    </message>
    <message>
        <source>The image inventory file %1 was written by a newer version of this program. It was moved to %2 and a new inventory started.</source>
        <translation>镜像清单文件 %1 由本程序的较新版本写入。它已被移到 %2，并已新建清单。</translation>
    </message>
    <message>
        <source>The image inventory file %1 is damaged. It was moved to %2 and a new inventory started.</source>
        <translation>镜像清单文件 %1 已损坏。它已被移到 %2，并已新建清单。</translation>
    </message>
</context>
<context>
    <name>ImageLabels</name>
    <message>
        <source>Private images (SWR)</source>
        <translation>私有镜像（SWR）</translation>
    </message>
    <message>
        <source>Shared images (SWR)</source>
        <translation>共享镜像（SWR）</translation>
    </message>
    <message>
        <source>Local images</source>
        <translation>本地镜像</translation>
    </message>
    <message>
        <source>Enterprise instance images (SWR)</source>
        <translation>企业版实例镜像（SWR）</translation>
    </message>
    <message>
        <source>Not scanned</source>
        <translation>未扫描</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>扫描中</translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>扫描失败</translation>
    </message>
    <message>
        <source>Waiting for scan</source>
        <translation>等待扫描</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>下载失败</translation>
    </message>
    <message>
        <source>Image too large</source>
        <translation>镜像过大</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Authentication to the registry failed</source>
        <translation>镜像仓库认证失败</translation>
    </message>
    <message>
        <source>The image could not be downloaded</source>
        <translation>无法下载镜像</translation>
    </message>
    <message>
        <source>The image is too large to scan</source>
        <translation>镜像过大，无法扫描</translation>
    </message>
    <message>
        <source>The vulnerability scan failed</source>
        <translation>漏洞扫描失败</translation>
    </message>
    <message>
        <source>The file scan failed</source>
        <translation>文件扫描失败</translation>
    </message>
    <message>
        <source>The software scan failed</source>
        <translation>软件扫描失败</translation>
    </message>
    <message>
        <source>The sensitive-information check failed</source>
        <translation>敏感信息检查失败</translation>
    </message>
    <message>
        <source>The baseline check failed</source>
        <translation>基线检查失败</translation>
    </message>
    <message>
        <source>The software compliance check failed</source>
        <translation>软件合规检查失败</translation>
    </message>
    <message>
        <source>Basic image information could not be read</source>
        <translation>无法读取镜像基本信息</translation>
    </message>
    <message>
        <source>The scanner did not answer in time</source>
        <translation>扫描器未及时响应</translation>
    </message>
    <message>
        <source>The scanner&apos;s database failed</source>
        <translation>扫描器数据库出错</translation>
    </message>
    <message>
        <source>The scan request could not be sent to the scanner</source>
        <translation>无法将扫描请求发送到扫描器</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失败（%1）</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效中</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>致命</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高危</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中危</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低危</translation>
    </message>
    <message>
        <source>No risk</source>
        <translation>无风险</translation>
    </message>
    <message>
        <source>Image type</source>
        <translation>镜像类型</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>扫描状态</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Image version</source>
        <translation>镜像版本</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像ID</translation>
    </message>
    <message>
        <source>Selected images</source>
        <translation>所选镜像</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>镜像大小</translation>
    </message>
    <message>
        <source>Latest version only</source>
        <translation>仅最新版本</translation>
    </message>
    <message>
        <source>Export size</source>
        <translation>导出数量</translation>
    </message>
    <message>
        <source>All matching images</source>
        <translation>所有匹配镜像</translation>
    </message>
    <message>
        <source>Has vulnerabilities</source>
        <translation>存在漏洞</translation>
    </message>
    <message>
        <source>Has malicious files</source>
        <translation>存在恶意文件</translation>
    </message>
    <message>
        <source>Has unsafe settings</source>
        <translation>存在不安全配置</translation>
    </message>
    <message>
        <source>Has containers</source>
        <translation>有容器</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例ID</translation>
    </message>
    <message>
        <source>CI/CD name</source>
        <translation>CI/CD 名称</translation>
    </message>
    <message>
        <source>Build command risk</source>
        <translation>构建命令风险</translation>
    </message>
    <message>
        <source>Build command risk name</source>
        <translation>构建命令风险名称</translation>
    </message>
    <message>
        <source>Build command rule IDs</source>
        <translation>构建命令规则ID</translation>
    </message>
    <message>
        <source>Enterprise project</source>
        <translation>企业项目</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>更新时间从</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>更新时间至</translation>
    </message>
    <message>
        <source>Scanned from</source>
        <translation>扫描时间从</translation>
    </message>
    <message>
        <source>Scanned until</source>
        <translation>扫描时间至</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Harbor images</source>
        <translation>Harbor 镜像</translation>
    </message>
    <message>
        <source>JFrog images</source>
        <translation>JFrog 镜像</translation>
    </message>
    <message>
        <source>CI/CD images</source>
        <translation>CI/CD 镜像</translation>
    </message>
</context>
<context>
    <name>ImageSource</name>
    <message>
        <source>Reading the stored image list…</source>
        <translation>正在读取已保存的镜像列表…</translation>
    </message>
    <message>
        <source>Listing every image of the filter…</source>
        <translation>正在列出该筛选条件下的所有镜像…</translation>
    </message>
    <message>
        <source>Showing the stored list of %1; listing every image again…</source>
        <translation>正在显示 %1 保存的列表；正在重新列出所有镜像…</translation>
    </message>
    <message>
        <source>Showing the stored list of %1; fetching what changed since…</source>
        <translation>正在显示 %1 保存的列表；正在获取此后的变更…</translation>
    </message>
    <message>
        <source>Up to date: refreshed at %1.</source>
        <translation>已是最新：刷新于 %1。</translation>
    </message>
    <message>
        <source>The list could not be fetched, and nothing is stored for this filter.</source>
        <translation>无法获取列表，且此筛选条件没有已保存的内容。</translation>
    </message>
    <message>
        <source>Refresh failed; showing the stored list of %1.</source>
        <translation>刷新失败；正在显示 %1 保存的列表。</translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>镜像版本</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>扫描状态</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>漏洞</translation>
    </message>
    <message>
        <source>Unsafe settings</source>
        <translation>不安全配置</translation>
    </message>
    <message>
        <source>Malicious files</source>
        <translation>恶意文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Last scan</source>
        <translation>最近扫描时间</translation>
    </message>
    <message>
        <source>Other architectures of a multi-arch image</source>
        <translation>多架构镜像的其他架构</translation>
    </message>
    <message>
        <source>Architectures/associated images</source>
        <translation>架构/关联镜像</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Scannable</source>
        <translation>可扫描</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>镜像ID</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Owner (domain)</source>
        <translation>所有者（账号）</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共享状态</translation>
    </message>
    <message>
        <source>Enterprise instance</source>
        <translation>企业版实例</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>实例ID</translation>
    </message>
    <message>
        <source>Instance URL</source>
        <translation>实例 URL</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not a multi-arch image</source>
        <translation>不是多架构镜像</translation>
    </message>
    <message>
        <source>%1/%2:%3 — %4 — %5</source>
        <translation>%1/%2:%3 — %4 — %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not known: the image has no successful scan</source>
        <translation>未知：该镜像没有成功的扫描</translation>
    </message>
</context>
<context>
    <name>ImageTableView</name>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
</context>
<context>
    <name>ImagesCommand</name>
    <message>
        <source>List the images of the registry (ListSwrImageRepository).</source>
        <translation>列出镜像仓库中的镜像（ListSwrImageRepository）。</translation>
    </message>
    <message>
        <source>The only subcommand: list.</source>
        <translation>唯一的子命令：list。</translation>
    </message>
    <message>
        <source>Index of the first image (default 0).</source>
        <translation>第一个镜像的索引（默认 0）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Page size, 10 to 200 (default 200).</source>
        <translation>每页数量，10 到 200（默认 200）。</translation>
    </message>
    <message>
        <source>Fetch every page, four requests in flight.</source>
        <translation>获取所有页，同时发送四个请求。</translation>
    </message>
    <message>
        <source>table, json or csv (default table).</source>
        <translation>table、json 或 csv（默认 table）。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>usage: images list [options]</source>
        <translation>用法：images list [options]</translation>
    </message>
    <message>
        <source>--output takes table, json or csv</source>
        <translation>--output 的取值为 table、json 或 csv</translation>
    </message>
    <message>
        <source>--offset and --limit take whole numbers</source>
        <translation>--offset 和 --limit 的取值必须是整数</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n image(s)</source>
        <translation>
            <numerusform>%1 / %n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer from the stored image list of this profile, without any call; its age goes to stderr.</source>
        <translation>从此配置项已保存的镜像列表作答，不发起任何调用；其时效输出到 stderr。</translation>
    </message>
    <message>
        <source>Fetch only what changed since the stored list was refreshed (everything the first time), then answer from it.</source>
        <translation>仅获取自上次刷新已保存列表以来的变更（首次获取全部），然后从该列表作答。</translation>
    </message>
    <message>
        <source>--from-cache and --refresh exclude each other</source>
        <translation>--from-cache 与 --refresh 不能同时使用</translation>
    </message>
    <message>
        <source>From the stored image list, complete as of %1.</source>
        <translation>来自已保存的镜像列表，截至 %1 完整。</translation>
    </message>
    <message>
        <source>From the stored image list; this filter was never listed to the end, so images may be missing.</source>
        <translation>来自已保存的镜像列表；此筛选条件从未完整列出，因此可能缺少镜像。</translation>
    </message>
    <message>
        <source>error: there is no stored image list for this profile yet; run &apos;images list --refresh&apos; first</source>
        <translation>错误：此配置项还没有已保存的镜像列表；请先运行 &apos;images list --refresh&apos;</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>error: the fetched images could not be stored in %1</source>
        <translation>错误：无法将获取的镜像保存到 %1</translation>
    </message>
    <message numerus="yes">
        <source>Listed %n image(s) in full.</source>
        <translation>
            <numerusform>已完整列出 %n 个镜像。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed image(s) fetched.</source>
        <translation>
            <numerusform>已获取 %n 个有变更的镜像。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonValue</name>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must have at least %1 characters</source>
        <translation>必须至少包含 %1 个字符</translation>
    </message>
    <message>
        <source>must have %1 to %2 characters</source>
        <translation>长度必须为 %1 到 %2 个字符</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>必须介于 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>must have at most %1 items</source>
        <translation>最多只能包含 %1 项</translation>
    </message>
</context>
<context>
    <name>ListDownloadExportedFileRequest</name>
    <message>
        <source>must have 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>必须由 1 到 64 个字母、数字、点、连字符或下划线组成</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
</context>
<context>
    <name>ListQueryExportTaskRequest</name>
    <message>
        <source>must have 1 to 64 letters, digits, dots, dashes or underscores</source>
        <translation>必须由 1 到 64 个字母、数字、点、连字符或下划线组成</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HSS Image Desk</source>
        <translation>HSS Image Desk</translation>
    </message>
    <message>
        <source>Sandbox — demo data, not your cloud</source>
        <translation>沙箱 — 演示数据，并非您的云上数据</translation>
    </message>
    <message>
        <source>Sandbox notice</source>
        <translation>沙箱提示</translation>
    </message>
    <message>
        <source>Quick filter the rows shown (Ctrl+F)</source>
        <translation>快速筛选显示的行（Ctrl+F）</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>快速筛选</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the list again with the applied filters (F5)</source>
        <translation>使用已应用的筛选条件重新加载列表（F5）</translation>
    </message>
    <message>
        <source>&amp;Cancel loading</source>
        <translation>取消加载(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Scan selected…</source>
        <translation>扫描所选镜像(&amp;S)…</translation>
    </message>
    <message>
        <source>Scan the selected images (Ctrl+Shift+S)</source>
        <translation>扫描所选镜像（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <source>Scan &amp;all matching…</source>
        <translation>扫描所有匹配镜像(&amp;A)…</translation>
    </message>
    <message>
        <source>Scan every image the applied filters match (Ctrl+Shift+A)</source>
        <translation>扫描与已应用筛选条件匹配的所有镜像（Ctrl+Shift+A）</translation>
    </message>
    <message>
        <source>S&amp;ync from SWR</source>
        <translation>从 SWR 同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Fetch the latest image list from SWR, then refresh (Ctrl+Shift+Y)</source>
        <translation>从 SWR 获取最新的镜像列表，然后刷新（Ctrl+Shift+Y）</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>快速筛选(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit &amp;filters</source>
        <translation>编辑筛选条件(&amp;F)</translation>
    </message>
    <message>
        <source>Switch &amp;profile</source>
        <translation>切换配置项(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>新建配置项(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>编辑配置项(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Images</source>
        <translation>镜像(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Baseline results…</source>
        <translation>基线检查结果(&amp;B)…</translation>
    </message>
    <message>
        <source>Export baseline-check results of the selected or all matching images (Ctrl+E)</source>
        <translation>导出所选镜像或所有匹配镜像的基线检查结果（Ctrl+E）</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Action log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>配置项：</translation>
    </message>
    <message>
        <source>%1 — HSS Image Desk</source>
        <translation>%1 — HSS Image Desk</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>管理配置项(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Where the list comes from</source>
        <translation>列表的来源</translation>
    </message>
    <message numerus="yes">
        <source>%1 waits %n s for the call limit</source>
        <translation>
            <numerusform>%1 因调用限制等待 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Copy error details</source>
        <translation>复制错误详细信息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>error_code: %1</source>
        <translation>error_code：%1</translation>
    </message>
    <message>
        <source>error_msg: %1</source>
        <translation>error_msg：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>request id: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>may use letters, digits, spaces, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most %1 characters, starting and ending with a letter or digit)</source>
        <translation>可以使用字母、数字、空格、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;（最多 %1 个字符，须以字母或数字开头和结尾）</translation>
    </message>
    <message>
        <source>choose a region or enter an endpoint</source>
        <translation>请选择区域或输入终端节点</translation>
    </message>
    <message>
        <source>must be an https:// (or http://) address with a host name</source>
        <translation>必须是带主机名的 https://（或 http://）地址</translation>
    </message>
    <message>
        <source>is not a known HSS region</source>
        <translation>不是已知的 HSS 区域</translation>
    </message>
    <message>
        <source>must be 32 lowercase hexadecimal characters (see &quot;My Credentials&quot; in the console)</source>
        <translation>必须是 32 个小写十六进制字符（参见控制台中的“我的凭证”）</translation>
    </message>
    <message>
        <source>must be an enterprise project id (letters, digits and &apos;-&apos;)</source>
        <translation>必须是企业项目ID（字母、数字和 &apos;-&apos;）</translation>
    </message>
    <message>
        <source>may only contain letters and digits</source>
        <translation>只能包含字母和数字</translation>
    </message>
    <message>
        <source>must be a host name or IP address</source>
        <translation>必须是主机名或 IP 地址</translation>
    </message>
    <message>
        <source>must be between 1 and 65535</source>
        <translation>必须介于 1 到 65535 之间</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is invalid: %2</source>
        <translation>配置项“%1”无效：%2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no %2 in the keychain; edit the profile and enter it.</source>
        <translation>配置项“%1”在钥匙串中没有 %2；请编辑该配置项并输入。</translation>
    </message>
    <message>
        <source>The CA certificate file &quot;%1&quot; contains no PEM or DER certificate.</source>
        <translation>CA 证书文件“%1”中没有 PEM 或 DER 证书。</translation>
    </message>
    <message>
        <source>must be at most %1 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, and not &quot;.&quot; or &quot;..&quot;</source>
        <translation>最多只能由 %1 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos; 组成，且不能是 &quot;.&quot; 或 &quot;..&quot;</translation>
    </message>
    <message numerus="yes">
        <source>must be between 1 and %n second(s)</source>
        <translation>
            <numerusform>必须介于 1 到 %n 秒之间</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>hss-image-cli profile: %1</source>
        <translation>hss-image-cli profile：%1</translation>
    </message>
    <message>
        <source>Run &quot;hss-image-cli profile --help&quot; for usage.</source>
        <translation>运行“hss-image-cli profile --help”查看用法。</translation>
    </message>
    <message>
        <source>secrets are never accepted as arguments (they would show in the process list and shell history); use --secret-stdin or the environment</source>
        <translation>密钥从不通过参数接收（否则会显示在进程列表和 shell 历史记录中）；请使用 --secret-stdin 或环境变量</translation>
    </message>
    <message>
        <source>&quot;add&quot; needs exactly one profile name</source>
        <translation>“add”需要恰好一个配置项名称</translation>
    </message>
    <message>
        <source>give either --region or --endpoint</source>
        <translation>请指定 --region 或 --endpoint 之一</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;; known regions: %2</source>
        <translation>未知区域“%1”；已知区域：%2</translation>
    </message>
    <message>
        <source>--auth must be aksk, temporary-aksk or iam-token</source>
        <translation>--auth 必须是 aksk、temporary-aksk 或 iam-token</translation>
    </message>
    <message>
        <source>--proxy must be system, none or HOST:PORT</source>
        <translation>--proxy 必须是 system、none 或 HOST:PORT</translation>
    </message>
    <message>
        <source>--proxy-user needs --proxy HOST:PORT</source>
        <translation>--proxy-user 需要 --proxy HOST:PORT</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds</source>
        <translation>--timeout 必须是秒数</translation>
    </message>
    <message>
        <source>invalid profile: %1</source>
        <translation>配置项无效：%1</translation>
    </message>
    <message>
        <source>the %1 is missing: give it on stdin with --secret-stdin or in the environment (see --help)</source>
        <translation>缺少 %1：请使用 --secret-stdin 通过标准输入提供，或在环境变量中提供（参见 --help）</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; already exists</source>
        <translation>名为“%1”的配置项已存在</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added; its secrets are in the keychain.</source>
        <translation>已添加配置项“%1”；其密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <source>&quot;remove&quot; needs exactly one profile name</source>
        <translation>“remove”需要恰好一个配置项名称</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot;</source>
        <translation>没有名为“%1”的配置项</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was kept, because its keychain entries could not be deleted: %2 Try again once the keychain works, or give --force to remove the profile anyway and delete the entries &quot;%1/...&quot; of service &quot;%3&quot; yourself.</source>
        <translation>配置项“%1”已保留，因为无法删除其钥匙串条目：%2 请在钥匙串恢复正常后重试，或指定 --force 强制删除该配置项，并自行删除服务“%3”中的条目“%1/...”。</translation>
    </message>
    <message>
        <source>hss-image-cli profile: profile &quot;%1&quot; removed, but its keychain entries are still there (%2); delete the entries &quot;%1/...&quot; of service &quot;%3&quot; yourself, for example with Seahorse or secret-tool.</source>
        <translation>hss-image-cli profile：已删除配置项“%1”，但其钥匙串条目仍然存在（%2）；请自行删除服务“%3”中的条目“%1/...”，例如使用 Seahorse 或 secret-tool。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; and its keychain entries removed.</source>
        <translation>已删除配置项“%1”及其钥匙串条目。</translation>
    </message>
    <message>
        <source>missing command: list, add or remove</source>
        <translation>缺少命令：list、add 或 remove</translation>
    </message>
    <message>
        <source>&quot;list&quot; takes no arguments</source>
        <translation>“list”不接受参数</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;: use list, add or remove</source>
        <translation>未知命令“%1”：请使用 list、add 或 remove</translation>
    </message>
    <message>
        <source>no profile given and none is current; create one with &quot;hss-image-cli profile add&quot;</source>
        <translation>未指定配置项，也没有当前配置项；请使用“hss-image-cli profile add”创建一个</translation>
    </message>
    <message>
        <source>there is no profile named &quot;%1&quot; (see &quot;hss-image-cli profile list&quot;)</source>
        <translation>没有名为“%1”的配置项（参见“hss-image-cli profile list”）</translation>
    </message>
    <message>
        <source>Usage:
  hss-image-cli profile list
  hss-image-cli profile add NAME (--region ID | --endpoint URL) --project-id ID
        [--enterprise-project ID|all] [--auth aksk|temporary-aksk|iam-token]
        [--access-key AK] [--proxy system|none|HOST:PORT] [--proxy-user USER]
        [--ca-file PATH] [--timeout SECONDS] [--rate documented|N/min|N/s|unlimited]
        [--secret-stdin] [--set-current]
  hss-image-cli profile remove NAME [--force]

Secrets are never accepted as arguments. With --secret-stdin, stdin gives one per line:
the secret key (aksk, temporary-aksk), then the security token (temporary-aksk), or the
IAM token (iam-token); then the proxy password when --proxy-user is given. Otherwise
they come from CLOUD_SDK_SK, CLOUD_SDK_SECURITY_TOKEN, HSS_AUTH_TOKEN and
HSS_PROXY_PASSWORD; the access key may come from CLOUD_SDK_AK.

Exit codes: 0 success, 2 usage error, 5 profile or keychain error.
</source>
        <translation>用法：
  hss-image-cli profile list
  hss-image-cli profile add NAME (--region ID | --endpoint URL) --project-id ID
        [--enterprise-project ID|all] [--auth aksk|temporary-aksk|iam-token]
        [--access-key AK] [--proxy system|none|HOST:PORT] [--proxy-user USER]
        [--ca-file PATH] [--timeout SECONDS] [--rate documented|N/min|N/s|unlimited]
        [--secret-stdin] [--set-current]
  hss-image-cli profile remove NAME [--force]

密钥从不通过参数接收。使用 --secret-stdin 时，标准输入每行提供一项：
先是私有访问密钥（aksk、temporary-aksk），然后是安全令牌（temporary-aksk），或
IAM 令牌（iam-token）；指定了 --proxy-user 时，再提供代理密码。否则
它们来自 CLOUD_SDK_SK、CLOUD_SDK_SECURITY_TOKEN、HSS_AUTH_TOKEN 和
HSS_PROXY_PASSWORD；访问密钥可以来自 CLOUD_SDK_AK。

退出码：0 成功，2 用法错误，5 配置项或钥匙串错误。
</translation>
    </message>
    <message>
        <source>--rate %1</source>
        <translation>--rate %1</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <source>The profile %1 does not exist any more.</source>
        <translation>配置项 %1 已不存在。</translation>
    </message>
    <message>
        <source>Reading the secrets of %1 from the keychain…</source>
        <translation>正在从钥匙串读取 %1 的密钥…</translation>
    </message>
    <message>
        <source>The profile %1 could not be opened: %2</source>
        <translation>无法打开配置项 %1：%2</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>内置沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Sandbox (realistic limits)</source>
        <translation>沙箱（真实限制）</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Profile editor</source>
        <translation>配置项编辑器</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置项名称</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>Custom endpoint URL</source>
        <translation>自定义终端节点 URL</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>项目ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目ID</translation>
    </message>
    <message>
        <source>32 hexadecimal characters</source>
        <translation>32 个十六进制字符</translation>
    </message>
    <message>
        <source>Enterprise pro&amp;ject:</source>
        <translation>企业项目(&amp;J)：</translation>
    </message>
    <message>
        <source>Enterprise project scope</source>
        <translation>企业项目范围</translation>
    </message>
    <message>
        <source>Enterprise project ID</source>
        <translation>企业项目ID</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Authentication mode</source>
        <translation>认证方式</translation>
    </message>
    <message>
        <source>Access key &amp;ID:</source>
        <translation>访问密钥ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥ID</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>私有访问密钥</translation>
    </message>
    <message>
        <source>Securit&amp;y token:</source>
        <translation>安全令牌(&amp;Y)：</translation>
    </message>
    <message>
        <source>Security token</source>
        <translation>安全令牌</translation>
    </message>
    <message>
        <source>IAM to&amp;ken:</source>
        <translation>IAM 令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>Proxy mode</source>
        <translation>代理模式</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>主机名或 IP 地址</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>代理用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>代理用户名</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>代理密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>代理密码</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>optional: PEM or DER file added to the trusted CAs</source>
        <translation>可选：添加到受信任 CA 的 PEM 或 DER 文件</translation>
    </message>
    <message>
        <source>Browse for CA certificate file</source>
        <translation>浏览 CA 证书文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Request ti&amp;meout:</source>
        <translation>请求超时(&amp;M)：</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>请求超时时间（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
    <message>
        <source>Problems with the profile</source>
        <translation>配置项存在问题</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置项</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置项</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>自定义终端节点</translation>
    </message>
    <message>
        <source>Default project</source>
        <translation>默认项目</translation>
    </message>
    <message>
        <source>One enterprise project</source>
        <translation>单个企业项目</translation>
    </message>
    <message>
        <source>All granted enterprise projects</source>
        <translation>所有已授权的企业项目</translation>
    </message>
    <message>
        <source>AK/SK</source>
        <translation>AK/SK</translation>
    </message>
    <message>
        <source>Temporary AK/SK with security token</source>
        <translation>临时 AK/SK 及安全令牌</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>系统代理</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>手动代理</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 副本 %2</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>新建配置项</translation>
    </message>
    <message>
        <source>Edit Profile &quot;%1&quot;</source>
        <translation>编辑配置项“%1”</translation>
    </message>
    <message>
        <source>Duplicate Profile &quot;%1&quot;</source>
        <translation>复制配置项“%1”</translation>
    </message>
    <message>
        <source>A profile is renamed from the profile list.</source>
        <translation>配置项需在配置项列表中重命名。</translation>
    </message>
    <message>
        <source>is already used by another profile</source>
        <translation>已被其他配置项使用</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>stored in keychain — leave empty to keep</source>
        <translation>已保存在钥匙串中 — 留空则保持不变</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>请先修正标记的字段。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n image(s)</source>
        <translation>
            <numerusform>已连接：%n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>删除配置项</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>删除配置项“%1”及其在钥匙串中的密钥？</translation>
    </message>
    <message>
        <source>Saving… the dialog closes when the profile is saved.</source>
        <translation>正在保存… 配置项保存后对话框将关闭。</translation>
    </message>
    <message>
        <source>Testing the connection… wait for the result.</source>
        <translation>正在测试连接… 请等待结果。</translation>
    </message>
    <message>
        <source>Call ra&amp;te:</source>
        <translation>调用频率(&amp;T)：</translation>
    </message>
    <message>
        <source>Call rate</source>
        <translation>调用频率</translation>
    </message>
    <message>
        <source>How often each API operation may be called with this profile. The service documents 5 calls a minute per operation for one user; calls wait their turn instead of being refused.</source>
        <translation>使用此配置项时每个 API 操作可被调用的频率。服务文档规定单个用户每个操作每分钟 5 次调用；调用会排队等待，而不会被拒绝。</translation>
    </message>
    <message>
        <source>Calls per minute per operation</source>
        <translation>每个操作每分钟的调用次数</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> 次/分钟</translation>
    </message>
    <message>
        <source>Custom rate</source>
        <translation>自定义频率</translation>
    </message>
    <message>
        <source>Unlimited (a local sandbox, or an account without limits)</source>
        <translation>不限（本地沙箱，或没有限制的账号）</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid profile name.</source>
        <translation>“%1”不是有效的配置项名称。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置项已存在。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is invalid.</source>
        <translation>配置项“%1”无效。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置项。</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>Where the images come from: a saved profile or the built-in sandbox</source>
        <translation>镜像的来源：已保存的配置项或内置沙箱</translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation>沙箱（演示数据）</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>管理配置项…</translation>
    </message>
    <message>
        <source>Sandbox (realistic limits)</source>
        <translation>沙箱（真实限制）</translation>
    </message>
    <message>
        <source>Demo data served within the documented limit of 5 calls a minute per operation</source>
        <translation>在文档规定的每个操作每分钟 5 次调用限制内提供的演示数据</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>复制(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置项</translation>
    </message>
    <message>
        <source>&amp;Saved profiles:</source>
        <translation>已保存的配置项(&amp;S)：</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的配置项</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除配置项</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its secrets in the keychain?</source>
        <translation>是否删除配置项“%1”及其在钥匙串中的密钥？</translation>
    </message>
</context>
<context>
    <name>RegionLabels</name>
    <message>
        <source>AF-Cairo</source>
        <translation>非洲-开罗</translation>
    </message>
    <message>
        <source>AF-Johannesburg</source>
        <translation>非洲-约翰内斯堡</translation>
    </message>
    <message>
        <source>CN-Hong Kong</source>
        <translation>中国-香港</translation>
    </message>
    <message>
        <source>AP-Bangkok</source>
        <translation>亚太-曼谷</translation>
    </message>
    <message>
        <source>AP-Singapore</source>
        <translation>亚太-新加坡</translation>
    </message>
    <message>
        <source>AP-Jakarta</source>
        <translation>亚太-雅加达</translation>
    </message>
    <message>
        <source>AP-Manila</source>
        <translation>亚太-马尼拉</translation>
    </message>
    <message>
        <source>CN East-Shanghai2</source>
        <translation>华东-上海二</translation>
    </message>
    <message>
        <source>CN East-Shanghai1</source>
        <translation>华东-上海一</translation>
    </message>
    <message>
        <source>CN East2</source>
        <translation>华东二</translation>
    </message>
    <message>
        <source>CN East-Qingdao</source>
        <translation>华东-青岛</translation>
    </message>
    <message>
        <source>CN North-Beijing1</source>
        <translation>华北-北京一</translation>
    </message>
    <message>
        <source>CN North-Beijing2</source>
        <translation>华北-北京二</translation>
    </message>
    <message>
        <source>CN North-Beijing4</source>
        <translation>华北-北京四</translation>
    </message>
    <message>
        <source>CN North-Ulanqab1</source>
        <translation>华北-乌兰察布一</translation>
    </message>
    <message>
        <source>CN South-Guangzhou</source>
        <translation>华南-广州</translation>
    </message>
    <message>
        <source>CN South-Shenzhen</source>
        <translation>华南-深圳</translation>
    </message>
    <message>
        <source>CN South-Guangzhou-InvitationOnly</source>
        <translation>华南-广州-友好用户环境</translation>
    </message>
    <message>
        <source>CN Southwest-Guiyang1</source>
        <translation>西南-贵阳一</translation>
    </message>
    <message>
        <source>EU-Dublin</source>
        <translation>欧洲-都柏林</translation>
    </message>
    <message>
        <source>LA-Mexico City2</source>
        <translation>拉美-墨西哥城二</translation>
    </message>
    <message>
        <source>LA-Santiago</source>
        <translation>拉美-圣地亚哥</translation>
    </message>
    <message>
        <source>ME-Riyadh</source>
        <translation>中东-利雅得</translation>
    </message>
    <message>
        <source>LA-Mexico City1</source>
        <translation>拉美-墨西哥城一</translation>
    </message>
    <message>
        <source>LA-Sao Paulo1</source>
        <translation>拉美-圣保罗一</translation>
    </message>
    <message>
        <source>TR-Istanbul</source>
        <translation>土耳其-伊斯坦布尔</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>RestCommand</name>
    <message>
        <source>Sign and send any request. PATH may contain {project_id}, e.g. /v5/{project_id}/image/swr-repository?image_type=private_image&amp;limit=10</source>
        <translation>签名并发送任意请求。PATH 可包含 {project_id}，例如 /v5/{project_id}/image/swr-repository?image_type=private_image&amp;limit=10</translation>
    </message>
    <message>
        <source>GET, POST, PUT, DELETE, ...</source>
        <translation>GET、POST、PUT、DELETE 等</translation>
    </message>
    <message>
        <source>Path below the endpoint, with an optional query.</source>
        <translation>终端节点之下的路径，可带查询字符串。</translation>
    </message>
    <message>
        <source>Query parameter K=V (repeatable).</source>
        <translation>查询参数 K=V（可重复）。</translation>
    </message>
    <message>
        <source>k=v</source>
        <translation>k=v</translation>
    </message>
    <message>
        <source>Header K:V (repeatable).</source>
        <translation>请求头 K:V（可重复）。</translation>
    </message>
    <message>
        <source>k:v</source>
        <translation>k:v</translation>
    </message>
    <message>
        <source>Request body, or @FILE to read it from a file.</source>
        <translation>请求体，或使用 @FILE 从文件读取。</translation>
    </message>
    <message>
        <source>body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>usage: rest METHOD PATH [--query K=V]... [--header K:V]... [--data BODY]</source>
        <translation>用法：rest METHOD PATH [--query K=V]... [--header K:V]... [--data BODY]</translation>
    </message>
    <message>
        <source>PATH must start with /</source>
        <translation>PATH 必须以 / 开头</translation>
    </message>
    <message>
        <source>--query %1 is not K=V</source>
        <translation>--query %1 不是 K=V 格式</translation>
    </message>
    <message>
        <source>--header %1 is not K:V</source>
        <translation>--header %1 不是 K:V 格式</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>HTTP %1, request id %2</source>
        <translation>HTTP %1，请求ID %2</translation>
    </message>
</context>
<context>
    <name>ResultLoader</name>
    <message>
        <source>The archive has no member %1</source>
        <translation>压缩包中没有成员 %1</translation>
    </message>
    <message>
        <source>%1 is neither CSV nor XLSX; only those can be shown as a table</source>
        <translation>%1 既不是 CSV 也不是 XLSX；只有这两种格式可以显示为表格</translation>
    </message>
</context>
<context>
    <name>ResultViewer</name>
    <message>
        <source>Export result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Export result viewer</source>
        <translation>导出结果查看器</translation>
    </message>
    <message>
        <source>Files in the export archive</source>
        <translation>导出压缩包中的文件</translation>
    </message>
    <message>
        <source>Baseline check results</source>
        <translation>基线检查结果</translation>
    </message>
    <message>
        <source>Result row count</source>
        <translation>结果行数</translation>
    </message>
    <message>
        <source>Export result — %1</source>
        <translation>导出结果 — %1</translation>
    </message>
    <message>
        <source>The archive has no member %1</source>
        <translation>压缩包中没有成员 %1</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file on the left.</source>
        <translation>请在左侧选择一个 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <source>Column filters</source>
        <translation>列筛选</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Reading canceled.</source>
        <translation>已取消读取。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>按%1筛选</translation>
    </message>
    <message>
        <source>Show only rows whose %1 contains this text</source>
        <translation>仅显示%1包含此文本的行</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 / %Ln 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunImageSynchronizeRequest</name>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>Scan images (BatchScanSwrImage): the ones named with --image, or with --all every image matching the filters. Scans are billed per image.</source>
        <translation>扫描镜像（BatchScanSwrImage）：扫描 --image 指定的镜像，或使用 --all 扫描匹配筛选条件的所有镜像。扫描按镜像计费。</translation>
    </message>
    <message>
        <source>NAMESPACE/NAME:TAG to scan (repeatable).</source>
        <translation>要扫描的 NAMESPACE/NAME:TAG（可重复）。</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Download URL of the enterprise instance (instance_image).</source>
        <translation>企业版实例的下载 URL（instance_image）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Scan every image matching the filters (operate_all); cannot be stopped.</source>
        <translation>扫描匹配筛选条件的所有镜像（operate_all）；无法停止。</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>意外的参数 %1</translation>
    </message>
    <message>
        <source>give either --image (one or more) or --all with filters</source>
        <translation>请指定 --image（一个或多个），或带筛选条件的 --all</translation>
    </message>
    <message>
        <source>--image %1 is not NAMESPACE/NAME:TAG</source>
        <translation>--image %1 不是 NAMESPACE/NAME:TAG 格式</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>请求ID %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan requested for %n image(s)</source>
        <translation>
            <numerusform>已请求扫描 %n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not ask before --all without filters scans every image of the type.</source>
        <translation>使用不带筛选条件的 --all 扫描该类型的所有镜像前不再询问。</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were already sent for scanning before this error</source>
        <translation>
            <numerusform>出错前已有 %n 个镜像被发送去扫描</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan requested for every image matching the filters</source>
        <translation>已请求扫描匹配筛选条件的所有镜像</translation>
    </message>
    <message>
        <source>scan --all without filters scans every %1 image and cannot be stopped; add filters, or give --yes to confirm</source>
        <translation>不带筛选条件的 scan --all 会扫描所有 %1 镜像，且无法停止；请添加筛选条件，或指定 --yes 确认</translation>
    </message>
    <message>
        <source>Scan every %1 image? Scans are billed per image and cannot be stopped. Type &quot;yes&quot; to continue: </source>
        <translation>是否扫描所有 %1 镜像？扫描按镜像计费，且无法停止。输入 &quot;yes&quot; 继续：</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>ScanController</name>
    <message numerus="yes">
        <source>%n image(s) are still being scanned; press F5 later to see their result.</source>
        <translation>
            <numerusform>仍有 %n 个镜像正在扫描；请稍后按 F5 查看结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan status could not be refreshed</source>
        <translation>无法刷新扫描状态</translation>
    </message>
    <message>
        <source>%1 cannot be scanned from here</source>
        <translation>无法在此处扫描 %1</translation>
    </message>
    <message>
        <source>The selected images cannot be scanned</source>
        <translation>无法扫描所选镜像</translation>
    </message>
    <message numerus="yes">
        <source>Scan %n selected image(s)?

HSS bills image scans per image scanned.</source>
        <translation>
            <numerusform>是否扫描所选的 %n 个镜像？

HSS 按扫描的镜像数量对镜像扫描计费。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan images</source>
        <translation>扫描镜像</translation>
    </message>
    <message numerus="yes">
        <source>%n selected image(s)</source>
        <translation>
            <numerusform>%n 个所选镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>The matching images cannot be scanned</source>
        <translation>无法扫描匹配的镜像</translation>
    </message>
    <message numerus="yes">
        <source>Scan all %n image(s) matching the current filters?

HSS bills image scans per image scanned, and a full scan cannot be stopped once it has started.</source>
        <translation>
            <numerusform>是否扫描与当前筛选条件匹配的全部 %n 个镜像？

HSS 按扫描的镜像数量对镜像扫描计费，且全量扫描一经开始便无法停止。</numerusform>
        </translation>
    </message>
    <message>
        <source>has vulnerabilities</source>
        <translation>存在漏洞</translation>
    </message>
    <message>
        <source>has malicious files</source>
        <translation>存在恶意文件</translation>
    </message>
    <message>
        <source>has unsafe settings</source>
        <translation>存在不安全配置</translation>
    </message>
    <message>
        <source>instance name</source>
        <translation>实例名称</translation>
    </message>
    <message>
        <source>instance ID</source>
        <translation>实例ID</translation>
    </message>
    <message>
        <source>The scan call does not support these filters, so more images than listed may be scanned: %1.</source>
        <translation>扫描接口不支持以下筛选条件，因此实际扫描的镜像可能多于列表中显示的镜像：%1。</translation>
    </message>
    <message>
        <source>Scan all matching images</source>
        <translation>扫描所有匹配的镜像</translation>
    </message>
    <message>
        <source>all images matching: %1</source>
        <translation>匹配以下条件的所有镜像：%1</translation>
    </message>
    <message>
        <source>The scan may have been started</source>
        <translation>扫描可能已启动</translation>
    </message>
    <message>
        <source>The scan could not be started</source>
        <translation>无法启动扫描</translation>
    </message>
    <message numerus="yes">
        <source>Scan requested for %n image(s); their status is refreshed until it is final.</source>
        <translation>
            <numerusform>已请求扫描 %n 个镜像；将持续刷新其状态，直至达到最终状态。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan: %L1 of %Ln image(s) final</source>
        <translation>
            <numerusform>扫描：%L1 / %Ln 个镜像已达最终状态</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1：%L2</translation>
    </message>
    <message>
        <source>no longer listed: %L1</source>
        <translation>已不在列表中：%L1</translation>
    </message>
    <message numerus="yes">
        <source>Scan finished for %Ln image(s) — %1</source>
        <translation>
            <numerusform>%Ln 个镜像扫描完成 — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan was not sent: the call limit is reached</source>
        <translation>扫描未发送：已达到调用限制</translation>
    </message>
</context>
<context>
    <name>ShowImageSecurityReportStatisticRequest</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>必须是 %1 之一</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 (default private_image).</source>
        <translation>%1（默认 private_image）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>意外的参数 %1</translation>
    </message>
    <message>
        <source>Synchronisation of %1 started</source>
        <translation>%1 同步已开始</translation>
    </message>
    <message>
        <source>Synchronise the image list from SWR (RunImageSynchronize), or with --registries-task through its successor CreateImageSynchronizeTask (all registries, or the ones named).</source>
        <translation>从 SWR 同步镜像列表（RunImageSynchronize），或使用 --registries-task 通过其后继接口 CreateImageSynchronizeTask 同步（全部镜像仓库或指定的镜像仓库）。</translation>
    </message>
    <message>
        <source>Use CreateImageSynchronizeTask instead.</source>
        <translation>改用 CreateImageSynchronizeTask。</translation>
    </message>
    <message>
        <source>With --registries-task: only this registry, as ID:TYPE with TYPE one of %1 (repeatable).</source>
        <translation>与 --registries-task 一起使用：仅同步此镜像仓库，格式为 ID:TYPE，TYPE 为 %1 之一（可重复）。</translation>
    </message>
    <message>
        <source>id:type</source>
        <translation>id:type</translation>
    </message>
    <message>
        <source>--registry goes with --registries-task</source>
        <translation>--registry 需与 --registries-task 一起使用</translation>
    </message>
    <message>
        <source>--registry %1 is not ID:TYPE</source>
        <translation>--registry %1 不是 ID:TYPE 格式</translation>
    </message>
    <message>
        <source>Synchronisation task created</source>
        <translation>已创建同步任务</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronising the image list from SWR…</source>
        <translation>正在从 SWR 同步镜像列表…</translation>
    </message>
    <message>
        <source>Synchronising from SWR may have been started</source>
        <translation>从 SWR 同步可能已启动</translation>
    </message>
    <message>
        <source>Synchronising from SWR failed</source>
        <translation>从 SWR 同步失败</translation>
    </message>
    <message>
        <source>The image list was synchronised from SWR.</source>
        <translation>已从 SWR 同步镜像列表。</translation>
    </message>
    <message>
        <source>Synchronising from SWR was not sent: the call limit is reached</source>
        <translation>从 SWR 同步的请求未发送：已达到调用限制</translation>
    </message>
</context>
<context>
    <name>TaskCommand</name>
    <message>
        <source>Show an export task (ListQueryExportTask).</source>
        <translation>显示导出任务（ListQueryExportTask）。</translation>
    </message>
    <message>
        <source>The only subcommand: status.</source>
        <translation>唯一的子命令：status。</translation>
    </message>
    <message>
        <source>The task_id an export answered.</source>
        <translation>导出操作返回的 task_id。</translation>
    </message>
    <message>
        <source>Follow the task until it finishes.</source>
        <translation>跟踪任务直至完成。</translation>
    </message>
    <message>
        <source>Seconds between polls with --wait (default 5).</source>
        <translation>使用 --wait 时的轮询间隔秒数（默认 5）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>usage: task status TASK_ID [--wait]</source>
        <translation>用法：task status TASK_ID [--wait]</translation>
    </message>
    <message>
        <source>--poll-interval takes seconds, more than 0 and at most 3600</source>
        <translation>--poll-interval 的取值为秒数，大于 0 且不超过 3600</translation>
    </message>
    <message>
        <source>--wait-timeout takes minutes, more than 0 and at most 1440</source>
        <translation>--wait-timeout 的取值为分钟数，大于 0 且不超过 1440</translation>
    </message>
</context>
<context>
    <name>XlsxSheetReader</name>
    <message>
        <source>Not an XLSX workbook: %1</source>
        <translation>不是 XLSX 工作簿：%1</translation>
    </message>
    <message>
        <source>The workbook has no xl/workbook.xml: %1</source>
        <translation>工作簿中没有 xl/workbook.xml：%1</translation>
    </message>
    <message>
        <source>xl/workbook.xml is not valid XML: %1</source>
        <translation>xl/workbook.xml 不是有效的 XML：%1</translation>
    </message>
    <message>
        <source>The workbook lists no sheet</source>
        <translation>工作簿中未列出任何工作表</translation>
    </message>
    <message>
        <source>The workbook has no relationships: %1</source>
        <translation>工作簿中没有关系：%1</translation>
    </message>
    <message>
        <source>The first sheet (%1) has no target in the workbook relationships</source>
        <translation>第一个工作表（%1）在工作簿关系中没有目标</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml is not valid XML: %1</source>
        <translation>xl/sharedStrings.xml 不是有效的 XML：%1</translation>
    </message>
    <message>
        <source>Row %1 is beyond the last row a sheet can have</source>
        <translation>第 %1 行超出了工作表允许的最后一行</translation>
    </message>
    <message>
        <source>Cell %1 refers to shared string %2, which does not exist</source>
        <translation>单元格 %1 引用了不存在的共享字符串 %2</translation>
    </message>
    <message>
        <source>The sheet is not valid XML: %1</source>
        <translation>工作表不是有效的 XML：%1</translation>
    </message>
    <message>
        <source>The workbook has more than %1 shared strings, too many to show</source>
        <translation>工作簿包含超过 %1 个共享字符串，数量过多，无法显示</translation>
    </message>
    <message numerus="yes">
        <source>The sheet is too large to show (more than %n column(s) or %1 cells)</source>
        <translation>
            <numerusform>工作表过大，无法显示（超过 %n 列或 %1 个单元格）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Not a readable ZIP archive: %1</source>
        <translation>不是可读取的 ZIP 压缩包：%1</translation>
    </message>
    <message>
        <source>No archive is open</source>
        <translation>未打开任何压缩包</translation>
    </message>
    <message>
        <source>The archive has no member %1</source>
        <translation>压缩包中没有成员 %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <source>%1 would inflate to %2, more than the %3 allowed</source>
        <translation>%1 解压后将为 %2，超过允许的 %3</translation>
    </message>
    <message>
        <source>Reading %1 was canceled</source>
        <translation>已取消读取 %1</translation>
    </message>
    <message>
        <source>%1 inflates to more than the %2 allowed</source>
        <translation>%1 解压后超过允许的 %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: unknown command %1</source>
        <translation>错误：未知命令 %1</translation>
    </message>
    <message>
        <source>Browse, filter and scan Huawei Cloud HSS container images.</source>
        <translation>浏览、筛选和扫描华为云 HSS 容器镜像。</translation>
    </message>
    <message>
        <source>Open the built-in sandbox with demo data.</source>
        <translation>打开带有演示数据的内置沙箱。</translation>
    </message>
    <message>
        <source>Quit after &lt;ms&gt; milliseconds (for screenshot runs).</source>
        <translation>&lt;ms&gt; 毫秒后退出（用于截图运行）。</translation>
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
  --enterprise-project-id ID, --ca-file PEM, --timeout SECONDS, --dry-run,
  --rate documented|N/min|N/s|unlimited (calls per API operation; default: the profile&apos;s)
Credentials: CLOUD_SDK_AK and CLOUD_SDK_SK (plus CLOUD_SDK_SECURITY_TOKEN), or HSS_AUTH_TOKEN.
Exit codes: 0 ok, 1 local failure, 2 usage, 3 API error, 4 network or TLS error,
  5 profile or keychain error, 6 outcome unknown (may have been sent; check before retrying).
Run &apos;hss-image-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>用法：hss-image-cli COMMAND [options]

命令：
  images list       列出镜像，每个 API 筛选条件都是一个选项
  scan              按引用扫描镜像，或扫描所有匹配的镜像（--all）
  export baseline   导出基线检查结果；--wait 和 --download 跟踪该导出
  task status ID    显示或跟踪导出任务
  download FILE_ID  下载导出的文件
  sync              从 SWR 同步镜像列表
  rest METHOD PATH  签名并发送任意请求
  profile list|add|remove  已保存的配置项；密钥保存在操作系统钥匙串中

全局选项：--profile NAME | --endpoint URL | --region REGION, --project-id ID,
  --enterprise-project-id ID, --ca-file PEM, --timeout SECONDS, --dry-run,
  --rate documented|N/min|N/s|unlimited（每个 API 操作的调用频率；默认：配置项中的设置）
凭据：CLOUD_SDK_AK 和 CLOUD_SDK_SK（以及 CLOUD_SDK_SECURITY_TOKEN），或 HSS_AUTH_TOKEN。
退出码：0 成功，1 本地失败，2 用法错误，3 API 错误，4 网络或 TLS 错误，
  5 配置项或钥匙串错误，6 结果未知（可能已发送；重试前请先检查）。
运行 &apos;hss-image-cli COMMAND --help&apos; 查看某个命令的选项。
</translation>
    </message>
</context>
</TS>
