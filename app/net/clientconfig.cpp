#include "app/net/clientconfig.h"

QUrl ClientConfig::normalizedEndpoint(const QUrl &endpoint)
{
    QUrl url = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if ((url.scheme() == QLatin1String("https") && url.port() == 443)
        || (url.scheme() == QLatin1String("http") && url.port() == 80))
        url.setPort(-1);
    url.setHost(url.host().toLower());
    return url;
}
