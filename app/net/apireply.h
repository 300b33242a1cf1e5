#pragma once

#include "app/api/imagepagereader.h"
#include "app/api/runimagesynchronizeresponse.h"
#include "app/net/hssreply.h"

// What a well-formed answer may still say about failure, per response type.
namespace ResponseCheck {
template<class Response>
HssError failure(const Response &)
{
    return {};
}
// RunImageSynchronize answers 200 with a non-zero error_code when it failed.
HssError failure(const RunImageSynchronizeResponse &response);
} // namespace ResponseCheck

// A response type read straight from its bytes, where that is worth a reader of its own: it
// answers only what fromJson would accept without remark, so errors still come from fromJson.
template<class Response>
struct DirectReader
{
    static std::optional<Response> read(QByteArrayView) { return std::nullopt; }
};
template<>
struct DirectReader<ListSwrImageRepositoryResponse>
{
    static std::optional<ListSwrImageRepositoryResponse> read(QByteArrayView json) { return ImagePageReader::read(json); }
};

// The reply of one typed operation: its response type is the only result it can give.
template<class Response>
class ApiReply final : public HssReply
{
public:
    using HssReply::HssReply;

    const Response &response() const { return m_response; }

private:
    bool promisesFields() const override { return true; }
    HssError interpret(const QJsonObject &json) override
    {
        FieldErrors errors;
        m_response = Response::fromJson(json, &errors);
        if (!errors.isEmpty())
            return badResponse(errors);
        return ResponseCheck::failure(m_response);
    }

    std::optional<HssError> interpretBytes(const QByteArray &body) override
    {
        std::optional<Response> read = DirectReader<Response>::read(body);
        if (!read)
            return std::nullopt;
        m_response = std::move(*read);
        return ResponseCheck::failure(m_response);
    }

    Response m_response;
};
