from enum import StrEnum


class WebhookEventType(StrEnum):
    GENERATION = "generation"
    LOD = "lod"
    RIG = "rig"
    SCULPT = "sculpt"
    TEXTURE = "texture"
    UNWRAP = "unwrap"

    def __str__(self) -> str:
        return str(self.value)
