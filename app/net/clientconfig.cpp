#include "app/net/clientconfig.h"

#include <QRegularExpression>

QUrl ClientConfig::normalizedEndpoint(const QUrl &endpoint)
{
    QUrl url = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    url.setHost(url.host().toLower());
    return url;
}

bool ClientConfig::isValidProjectId(const QString &projectId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.-]{1,256}$"));
    return pattern.match(projectId).hasMatch() && projectId != QLatin1String(".")
        && projectId != QLatin1String("..");
}

bool ClientConfig::isValidEnterpriseProjectId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,256}$"));
    return pattern.match(id).hasMatch();
}

bool ClientConfig::isValidRegionId(const QString &regionId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    return pattern.match(regionId).hasMatch();
}

bool ClientConfig::isValidEndpoint(const QUrl &endpoint)
{
    // Letters, digits, dots and dashes, or an IPv6 address; QUrl already decoded IDNs.
    static const QRegularExpression host(QStringLiteral("^([A-Za-z0-9.-]+|[0-9A-Fa-f:.]+)$"));
    const QStringList segments = endpoint.path().split(QLatin1Char('/'));
    return endpoint.userInfo().isEmpty() && host.match(endpoint.host(QUrl::FullyEncoded)).hasMatch()
        && !segments.contains(QStringLiteral("..")) && !segments.contains(QStringLiteral("."));
}
