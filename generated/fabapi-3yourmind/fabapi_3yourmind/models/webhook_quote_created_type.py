from enum import StrEnum


class WebhookQuoteCreatedType(StrEnum):
    QUOTE_CREATED = "quote.created"

    def __str__(self) -> str:
        return str(self.value)
