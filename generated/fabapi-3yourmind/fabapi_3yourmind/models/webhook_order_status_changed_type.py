from enum import StrEnum


class WebhookOrderStatusChangedType(StrEnum):
    ORDER_STATUS_CHANGED = "order.status.changed"

    def __str__(self) -> str:
        return str(self.value)
