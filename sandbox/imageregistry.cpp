#include "sandbox/imageregistry.h"

#include "app/api/apienums.h"
#include "app/net/requestsigner.h"

#include <QCryptographicHash>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstring>

namespace {

enum Status { Unscan, Success, Scanning, Failed, Waiting, DownloadFailed, Oversized };
enum Type { PrivateImage, SharedImage, InstanceImage, LocalImage };

const char *const kTypes[] = {"private_image", "shared_image", "instance_image", "local_image"};

const char *const kNamespaces[] = {"team-a",   "team-b", "payments",  "platform", "data-lake",
                                   "frontend", "ml-ops", "security",  "mobile",   "edge",
                                   "infra",    "qa",     "analytics", "团队-c"};

const char *const kBaseNames[] = {"nginx",           "redis",
                                  "postgres",        "api-gateway",
                                  "billing-service", "auth-service",
                                  "user-profile",    "search-indexer",
                                  "kafka-connect",   "grafana",
                                  "prometheus",      "node-exporter",
                                  "order-service",   "cart-service",
                                  "inventory",       "notifier",
                                  "report-builder",  "broken-builder",
                                  "image-resizer",   "geo-lookup",
                                  "ml-trainer",      "ml-serving",
                                  "etl-runner",      "web-frontend",
                                  "admin-console",   "legacy-broken-app",
                                  "cron-worker",     "mail-relay",
                                  "vault-agent",     "coredns"};

struct Instance
{
    const char *name;
    const char *id;
    const char *url;
};

const Instance kInstances[] = {{"swr-ee-prod", "5f0a3c1e-7c2d-4b8e-9a61-0c3f2b7d1e01",
                                "swr-ee-prod.swr.cn-north-4.myhuaweicloud.com"},
                               {"swr-ee-test", "5f0a3c1e-7c2d-4b8e-9a61-0c3f2b7d1e02",
                                "swr-ee-test.swr.cn-north-4.myhuaweicloud.com"},
                               {"swr-ee-eu", "5f0a3c1e-7c2d-4b8e-9a61-0c3f2b7d1e03",
                                "swr-ee-eu.swr.eu-west-101.myhuaweicloud.eu"}};

const char *const kDomains[] = {"partner-alpha", "partner-beta", "vendor-gamma", "shared-ops"};

struct Check
{
    const char *check;
    const char *rule;
    const char *severity;
    const char *description;
    const char *remediation;
};

const Check kChecks[] = {
    {"SSH", "Disable root login over SSH", "High",
     "PermitRootLogin is not set to no in /etc/ssh/sshd_config.",
     "Set PermitRootLogin no in /etc/ssh/sshd_config and restart sshd."},
    {"SSH", "Use SSH protocol 2 only", "Medium", "The SSH daemon accepts protocol 1.",
     "Set Protocol 2 in /etc/ssh/sshd_config."},
    {"SSH", "Limit authentication attempts", "Low", "MaxAuthTries is greater than 4.",
     "Set MaxAuthTries 4 in /etc/ssh/sshd_config."},
    {"CentOS 7", "Set password expiration to 90 days", "Medium",
     "PASS_MAX_DAYS in /etc/login.defs is greater than 90.",
     "Set PASS_MAX_DAYS 90 in /etc/login.defs."},
    {"CentOS 7", "Enable the auditd service", "Medium", "auditd is not enabled at boot.",
     "Run systemctl enable auditd."},
    {"CentOS 7", "Restrict core dumps", "Low", "Core dumps of setuid programs are allowed.",
     "Add '* hard core 0' to /etc/security/limits.conf and set fs.suid_dumpable = 0."},
    {"Debian 10", "Remove world-writable files", "High",
     "Files outside /tmp are writable by every user.",
     "Remove the write bit for others: chmod o-w <file>."},
    {"Debian 10", "Set a umask of 027", "Low", "The default umask lets others read new files.",
     "Set UMASK 027 in /etc/login.defs."},
    {"Debian 10", "Disable unused filesystems", "Low", "The cramfs module can be loaded.",
     "Add 'install cramfs /bin/true' to /etc/modprobe.d/cramfs.conf."},
    {"EulerOS", "Enforce password complexity", "High",
     "pam_pwquality does not require mixed character classes.",
     "Set minclass = 3 and minlen = 8 in /etc/security/pwquality.conf."},
    {"EulerOS", "Lock accounts after failed logins", "Medium", "pam_faillock is not configured.",
     "Configure pam_faillock with deny=5 unlock_time=300."},
    {"Ubuntu16", "Ensure no empty password fields", "High",
     "An account in /etc/shadow has an empty password.",
     "Lock the account with passwd -l <user> or set a password."},
};
constexpr int kCheckCount = int(sizeof kChecks / sizeof kChecks[0]);

QStringList makeTags()
{
    QStringList tags = {QStringLiteral("latest"), QStringLiteral("stable"), QStringLiteral("edge"),
                        QStringLiteral("alpine")};
    for (int major = 1; major <= 4; ++major) {
        for (int minor = 0; minor <= 6; ++minor) {
            tags.append(QStringLiteral("%1.%2.0").arg(major).arg(minor));
            tags.append(QStringLiteral("v%1.%2-alpine").arg(major).arg(minor));
        }
    }
    return tags;
}

// Three or five of these go into every listed image, so the input is put together on the stack,
// each thread reuses one hasher, and the digest is spelled out straight into the string, after
// the prefix.
QString hashHex(quint32 seed, qint64 id, const char *salt, QLatin1StringView prefix = {})
{
    char input[64];
    char *cursor = std::to_chars(input, input + 11, seed).ptr;
    *cursor++ = ':';
    cursor = std::to_chars(cursor, cursor + 20, id).ptr;
    *cursor++ = ':';
    const size_t saltLength = qMin(std::strlen(salt), size_t(input + sizeof input - cursor));
    cursor = std::copy_n(salt, saltLength, cursor);
    thread_local QCryptographicHash hasher(QCryptographicHash::Sha256);
    hasher.reset();
    hasher.addData(QByteArrayView(input, cursor - input));
    const QByteArrayView digest = hasher.resultView();
    QString hex(prefix.size() + 2 * digest.size(), Qt::Uninitialized);
    QChar *out = hex.data();
    for (const char c : prefix)
        *out++ = QLatin1Char(c);
    for (const char byte : digest) {
        *out++ = QLatin1Char("0123456789abcdef"[uchar(byte) >> 4]);
        *out++ = QLatin1Char("0123456789abcdef"[uchar(byte) & 0xf]);
    }
    return hex;
}

bool inRange(qint64 value, const std::optional<qint64> &start, const std::optional<qint64> &end)
{
    return (!start || value >= *start) && (!end || value <= *end);
}

bool hasMatches(const std::optional<bool> &wanted, qint64 count)
{
    return !wanted || *wanted == (count > 0);
}

// A sandbox reset builds a new registry; its answers must not be taken for the old one's.
quint64 nextGeneration()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

// The registry keeps at most this many filters' matches (100,000 images: 400 KB each).
constexpr int kKeptMatches = 16;

} // namespace

ImageRegistry::ImageRegistry(int imageCount, quint32 seed, qint64 epochMs, const Timing &timing)
    : m_seed(seed)
    , m_random(seed)
    , m_epochMs(epochMs)
    , m_timing(timing)
    , m_generation(nextGeneration())
{
    for (const char *ns : kNamespaces)
        m_namespaces.append(QString::fromUtf8(ns));
    m_tags = makeTags();
    m_images.reserve(imageCount);
    while (m_images.size() < imageCount) {
        const quint32 roll = m_random.bounded(100u);
        const int type = roll < 55 ? PrivateImage
            : roll < 75            ? SharedImage
            : roll < 90            ? InstanceImage
                                   : LocalImage;
        const int tags = qMin(int(1 + m_random.bounded(6u)), imageCount - int(m_images.size()));
        addRepo(type, tags, false);
    }
}

void ImageRegistry::addRepo(int type, int tags, bool synchronized)
{
    constexpr int baseCount = int(sizeof kBaseNames / sizeof kBaseNames[0]);
    Repo repo;
    const int number = int(m_repos.size());
    const int round = number / baseCount;
    repo.name = QString::fromLatin1(kBaseNames[number % baseCount]);
    if (synchronized)
        repo.name += QStringLiteral("-sync%1").arg(m_syncRounds);
    if (round > 0)
        repo.name += QLatin1Char('-') + QString::number(round);
    repo.namespaceIndex = quint16(m_random.bounded(quint32(m_namespaces.size())));
    repo.type = quint8(type);
    if (type == InstanceImage)
        repo.instance = qint8(m_random.bounded(3u));
    repo.domain = quint16(m_random.bounded(4u));
    repo.first = int(m_images.size());
    repo.count = tags;

    const int firstTag = int(m_random.bounded(quint32(m_tags.size())));
    for (int t = 0; t < tags; ++t) {
        Record r;
        r.repo = number;
        r.tag = quint16((firstTag + t) % m_tags.size());
        r.latest = t == tags - 1;
        r.size = 5LL * 1024 * 1024 + qint64(m_random.bounded(2000u)) * 1024 * 1024;
        r.updateTime = synchronized ? m_epochMs
                                    : m_epochMs - qint64(m_random.bounded(180u * 24 * 3600)) * 1000;
        const quint32 roll = m_random.bounded(100u);
        r.status = quint8(synchronized    ? Unscan
                              : roll < 60 ? Success
                              : roll < 80 ? Unscan
                              : roll < 88 ? Failed
                              : roll < 91 ? DownloadFailed
                              : roll < 93 ? Oversized
                              : roll < 97 ? Scanning
                                          : Waiting);
        if (r.status == Failed)
            r.failedReason =
                quint8(m_random.bounded(quint32(ApiEnums::scanFailedReasons().size())));
        else if (r.status == DownloadFailed)
            r.failedReason = 2;
        else if (r.status == Oversized)
            r.failedReason = 4;
        if (r.status != Unscan)
            r.scanTime = r.updateTime + qint64(1 + m_random.bounded(240u)) * 60 * 1000;
        r.vul = quint16(m_random.bounded(10u) < 3 ? 0 : m_random.bounded(300u));
        r.unsafe = quint16(m_random.bounded(10u) < 4 ? 0 : m_random.bounded(quint32(kCheckCount)));
        r.passed = quint16(m_random.bounded(quint32(kCheckCount - r.unsafe + 1)));
        r.malicious = quint8(m_random.bounded(10u) == 0 ? 1 + m_random.bounded(3u) : 0);
        r.multiArch = m_random.bounded(10u) == 0;
        r.sharedExpired = m_random.bounded(5u) == 0;
        m_images.append(r);
    }
    m_repoIndex.insert(QLatin1String(kTypes[type]) + QLatin1Char('/')
                           + m_namespaces.at(repo.namespaceIndex) + QLatin1Char('/') + repo.name,
                       number);
    m_repos.append(repo);
}

ImageRegistry::State ImageRegistry::state(const Record &r, qint64 id, qint64 nowMs) const
{
    State s{r.status, r.failedReason, r.scanTime, r.status == Success};
    if (r.scanRequestedAt == 0)
        return s;
    // While a rescan is queued or running the previous results stay visible, as in the console.
    const qint64 elapsed = nowMs - r.scanRequestedAt;
    if (elapsed < m_timing.scanQueueMs) {
        s.status = Waiting;
    } else if (elapsed < m_timing.scanQueueMs + m_timing.scanRunMs) {
        s.status = Scanning;
    } else {
        // A fixed share of scans fails, so clients always meet failures without configuration.
        const bool fails = m_repos.at(r.repo).name.contains(QLatin1String("broken"))
            || (m_timing.scanFailEvery > 0 && id % m_timing.scanFailEvery == 0);
        s.status = fails ? Failed : Success;
        s.failedReason = int(id % ApiEnums::scanFailedReasons().size());
        s.scanTime = r.scanRequestedAt + m_timing.scanQueueMs + m_timing.scanRunMs;
        s.countsVisible = !fails;
    }
    return s;
}

void ImageRegistry::changed()
{
    m_generation = nextGeneration();
}

void ImageRegistry::setTiming(const Timing &timing)
{
    m_timing = timing;
    changed();
}

bool ImageRegistry::isSettled(qint64 nowMs) const
{
    return m_lastScanRequestMs == 0
        || nowMs >= m_lastScanRequestMs + m_timing.scanQueueMs + m_timing.scanRunMs;
}

QList<int> ImageRegistry::match(const ImageFilter &filter, qint64 nowMs) const
{
    if (!isSettled(nowMs))
        return matchAll(filter, nowMs);
    QueryList query;
    filter.appendQuery(query);
    const QByteArray key = RequestSigner::canonicalQuery(query);
    {
        QMutexLocker lock(&m_matchMutex);
        if (m_matchGeneration != m_generation) {
            m_matches.clear();
            m_matchGeneration = m_generation;
        }
        const auto it = m_matches.constFind(key);
        if (it != m_matches.cend())
            return *it;
    }
    // Outside the lock, so threads asking for other filters are not held up.
    const QList<int> result = matchAll(filter, nowMs);
    QMutexLocker lock(&m_matchMutex);
    if (m_matchGeneration == m_generation) {
        if (m_matches.size() >= kKeptMatches)
            m_matches.clear();
        m_matches.insert(key, result);
    }
    return result;
}

QList<int> ImageRegistry::matchAll(const ImageFilter &f, qint64 nowMs) const
{
    QList<int> result;
    int type = -1;
    if (!f.imageType.isEmpty()) {
        for (int t = 0; t < 4; ++t) {
            if (f.imageType == QLatin1String(kTypes[t]))
                type = t;
        }
        if (type < 0)
            return result;
    }
    // Substring tests run once per distinct string, not once per image.
    QList<bool> tagMatches(m_tags.size(), true);
    if (!f.imageVersion.isEmpty()) {
        for (int t = 0; t < m_tags.size(); ++t)
            tagMatches[t] = m_tags.at(t).contains(f.imageVersion);
    }
    const QStringList statuses = ApiEnums::listScanStatuses();
    const int wantedStatus = f.scanStatus.isEmpty() ? -1 : int(statuses.indexOf(f.scanStatus));

    for (const Repo &repo : m_repos) {
        if (type >= 0 && repo.type != type)
            continue;
        if (!f.namespaceName.isEmpty()
            && !m_namespaces.at(repo.namespaceIndex).contains(f.namespaceName))
            continue;
        if (!f.imageName.isEmpty() && !repo.name.contains(f.imageName))
            continue;
        if (!f.instanceId.isEmpty()
            && (repo.instance < 0 || f.instanceId != QLatin1String(kInstances[repo.instance].id)))
            continue;
        if (!f.instanceName.isEmpty()
            && (repo.instance < 0
                || f.instanceName != QLatin1String(kInstances[repo.instance].name)))
            continue;
        for (int i = repo.first; i < repo.first + repo.count; ++i) {
            const Record &r = m_images.at(i);
            if (!tagMatches.at(r.tag))
                continue;
            if (f.latestVersion.value_or(false) && !r.latest)
                continue;
            if (f.imageSize && r.size > *f.imageSize)
                continue;
            if (!inRange(r.updateTime, f.startLatestUpdateTime, f.endLatestUpdateTime))
                continue;
            const State s = state(r, idOf(i), nowMs);
            if (wantedStatus >= 0 && s.status != wantedStatus)
                continue;
            if ((f.startLatestScanTime || f.endLatestScanTime)
                && (s.scanTime == 0
                    || !inRange(s.scanTime, f.startLatestScanTime, f.endLatestScanTime)))
                continue;
            if (!hasMatches(f.hasVul, s.countsVisible ? r.vul : 0)
                || !hasMatches(f.hasUnsafeSetting, s.countsVisible ? r.unsafe : 0)
                || !hasMatches(f.hasMaliciousFile, s.countsVisible ? r.malicious : 0))
                continue;
            result.append(i);
        }
    }
    return result;
}

ImageInfo ImageRegistry::image(int index, qint64 nowMs) const
{
    const Record &r = m_images.at(index);
    const Repo &repo = m_repos.at(r.repo);
    const qint64 id = idOf(index);
    const State s = state(r, id, nowMs);
    // Once, not once per listed image.
    static const QStringList statuses = ApiEnums::listScanStatuses();

    ImageInfo info;
    info.id = id;
    info.namespaceName = m_namespaces.at(repo.namespaceIndex);
    info.imageName = repo.name;
    info.imageVersion = m_tags.at(r.tag);
    info.imageType = QLatin1String(kTypes[repo.type]);
    info.imageId = hashHex(m_seed, id, "image-id");
    info.imageDigest = hashHex(m_seed, id, "digest", QLatin1StringView("sha256:"));
    info.latestVersion = r.latest;
    info.scanStatus = statuses.at(s.status);
    if (s.status == Failed || s.status == DownloadFailed || s.status == Oversized)
        info.scanFailedDesc = ApiEnums::scanFailedReasons().at(s.failedReason);
    info.imageSize = r.size;
    info.latestUpdateTime = r.updateTime;
    info.latestScanTime = s.scanTime;
    if (s.countsVisible) {
        info.vulNum = r.vul;
        info.unsafeSettingNum = r.unsafe;
        info.maliciousFileNum = r.malicious;
    }
    info.scannable = s.status != Oversized;
    if (repo.type == SharedImage) {
        info.domainName = QLatin1String(kDomains[repo.domain]);
        info.sharedStatus =
            r.sharedExpired ? QStringLiteral("expired") : QStringLiteral("effective");
    }
    if (repo.instance >= 0) {
        const Instance &instance = kInstances[repo.instance];
        info.instanceName = QLatin1String(instance.name);
        info.instanceId = QLatin1String(instance.id);
        info.instanceUrl = QLatin1String(instance.url) + QLatin1Char('/') + info.namespaceName
            + QLatin1Char('/') + info.imageName + QLatin1Char(':') + info.imageVersion;
    }
    if (r.multiArch) {
        for (const char *arch : {"arm64", "amd64"}) {
            ImageInfo::Association a;
            a.imageName = info.imageName;
            a.imageVersion = info.imageVersion;
            a.imageType = info.imageType;
            a.namespaceName = info.namespaceName;
            a.imageDigest = hashHex(m_seed, id, arch, QLatin1StringView("sha256:"));
            a.scanStatus = info.scanStatus;
            info.associationImages.append(a);
        }
    }
    return info;
}

int ImageRegistry::indexOfId(qint64 id) const
{
    const qint64 index = id - m_firstId;
    return index >= 0 && index < m_images.size() ? int(index) : -1;
}

int ImageRegistry::indexOfImageId(const QString &imageId) const
{
    for (const Repo &repo : m_repos) {
        if (repo.type != LocalImage)
            continue;
        for (int i = repo.first; i < repo.first + repo.count; ++i) {
            if (hashHex(m_seed, idOf(i), "image-id") == imageId)
                return i;
        }
    }
    return -1;
}

int ImageRegistry::find(const QString &imageType, const QString &namespaceName,
                        const QString &imageName, const QString &imageVersion,
                        const QString &instanceId) const
{
    const auto it = m_repoIndex.constFind(imageType + QLatin1Char('/') + namespaceName
                                          + QLatin1Char('/') + imageName);
    if (it == m_repoIndex.cend())
        return -1;
    const Repo &repo = m_repos.at(*it);
    if (!instanceId.isEmpty()
        && (repo.instance < 0 || instanceId != QLatin1String(kInstances[repo.instance].id)))
        return -1;
    for (int i = repo.first; i < repo.first + repo.count; ++i) {
        if (m_tags.at(m_images.at(i).tag) == imageVersion)
            return i;
    }
    return -1;
}

void ImageRegistry::requestScan(int index, qint64 nowMs)
{
    Record &r = m_images[index];
    // Generated "scanning" images are a static snapshot; only a scan started here is in flight.
    const int status = state(r, idOf(index), nowMs).status;
    if (r.scanRequestedAt != 0 && (status == Waiting || status == Scanning))
        return;
    r.scanRequestedAt = nowMs;
    m_lastScanRequestMs = qMax(m_lastScanRequestMs, nowMs);
    changed();
}

int ImageRegistry::baselineRecordCount(int index, qint64 nowMs) const
{
    const Record &r = m_images.at(index);
    return state(r, idOf(index), nowMs).countsVisible ? r.unsafe + r.passed : 0;
}

QList<BaselineRecord> ImageRegistry::baselineRecords(int index, int count) const
{
    QList<BaselineRecord> rows;
    if (count <= 0)
        return rows;
    const Record &r = m_images.at(index);
    const Repo &repo = m_repos.at(r.repo);
    const qint64 id = idOf(index);
    rows.reserve(count);
    for (int k = 0; k < count; ++k) {
        const Check &c = kChecks[(id + k) % kCheckCount];
        BaselineRecord row;
        row.image = repo.name;
        row.namespaceName = m_namespaces.at(repo.namespaceIndex);
        row.tag = m_tags.at(r.tag);
        row.check = QLatin1String(c.check);
        row.rule = QLatin1String(c.rule);
        row.severity = QLatin1String(c.severity);
        const bool failed = k < r.unsafe;
        row.result = failed ? QStringLiteral("failed") : QStringLiteral("pass");
        row.description = failed ? QString::fromLatin1(c.description)
                                 : QStringLiteral("Compliant: %1.").arg(row.rule);
        row.remediation = failed ? QString::fromLatin1(c.remediation) : QString();
        rows.append(row);
    }
    return rows;
}

int ImageRegistry::synchronize(const QString &imageType, qint64 nowMs)
{
    const int type = imageType == QLatin1String(kTypes[SharedImage]) ? SharedImage : PrivateImage;
    ++m_syncRounds;
    int refreshed = 0;
    for (int i = 0; i < m_images.size(); ++i) {
        Record &r = m_images[i];
        if (m_repos.at(r.repo).type == type && (idOf(i) + m_syncRounds) % 50 == 0) {
            r.updateTime = nowMs;
            ++refreshed;
        }
    }
    const qint64 savedEpoch = m_epochMs;
    m_epochMs = nowMs;
    const int before = int(m_images.size());
    for (int k = 0; k < 2; ++k)
        addRepo(type, 1 + int(m_random.bounded(3u)), true);
    m_epochMs = savedEpoch;
    changed();
    return int(m_images.size()) - before + refreshed;
}
