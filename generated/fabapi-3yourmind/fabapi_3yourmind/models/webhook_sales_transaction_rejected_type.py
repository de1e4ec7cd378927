from enum import StrEnum


class WebhookSalesTransactionRejectedType(StrEnum):
    SALES_TRANSACTION_REJECTED = "sales.transaction.rejected"

    def __str__(self) -> str:
        return str(self.value)
