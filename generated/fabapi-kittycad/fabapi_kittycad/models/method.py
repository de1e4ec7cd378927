from enum import StrEnum


class Method(StrEnum):
    CONNECT = "CONNECT"
    DELETE = "DELETE"
    EXTENSION = "EXTENSION"
    GET = "GET"
    HEAD = "HEAD"
    OPTIONS = "OPTIONS"
    PATCH = "PATCH"
    POST = "POST"
    PUT = "PUT"
    TRACE = "TRACE"

    def __str__(self) -> str:
        return str(self.value)
