from enum import StrEnum


class WebhookOrderCreatedType(StrEnum):
    ORDER_CREATED = "order.created"

    def __str__(self) -> str:
        return str(self.value)
