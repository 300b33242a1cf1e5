#pragma once

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

    Response m_response;
};
