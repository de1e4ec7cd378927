from enum import StrEnum


class FurnaceStateEnum(StrEnum):
    BUSY = "Busy"
    CANCELED_JOB = "Canceled Job"
    DISABLED = "Disabled"
    DOWNLOADING = "Downloading"
    FINISHED = "Finished"
    OFFLINE = "Offline"
    READY = "Ready"
    RUNNING_JOB = "Running Job"
    RUNNING_UTILITY = "Running Utility"
    SETUP_WORKFLOW = "Setup Workflow"
    SYSTEM_COOLDOWN = "System Cooldown"
    SYSTEM_PRECHECK = "System Precheck"
    UNKNOWN = "Unknown"
    UPDATING = "Updating"

    def __str__(self) -> str:
        return str(self.value)
