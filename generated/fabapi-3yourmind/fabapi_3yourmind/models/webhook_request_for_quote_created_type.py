from enum import StrEnum


class WebhookRequestForQuoteCreatedType(StrEnum):
    REQUEST_FOR_QUOTE_CREATED = "request.for.quote.created"

    def __str__(self) -> str:
        return str(self.value)
