from enum import StrEnum


class WebhookUserCreatedType(StrEnum):
    USER_CREATED = "user.created"

    def __str__(self) -> str:
        return str(self.value)
