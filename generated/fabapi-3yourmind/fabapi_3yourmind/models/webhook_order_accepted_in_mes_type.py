from enum import StrEnum


class WebhookOrderAcceptedInMesType(StrEnum):
    ORDER_MES_ACCEPTED = "order.mes.accepted"

    def __str__(self) -> str:
        return str(self.value)
