from enum import StrEnum


class DownloadFileContainerName(StrEnum):
    BASKET = "basket"
    INVENTORY = "inventory"
    ORDER = "order"
    PART = "part"
    QUOTE = "quote"
    REQUEST = "request"

    def __str__(self) -> str:
        return str(self.value)
