from enum import StrEnum


class GetMesFilterOptionsFieldsItem(StrEnum):
    INTERNALLOTNUMBERS = "internalLotNumbers"
    MACHINES = "machines"
    MATERIALFORMS = "materialForms"
    MATERIALS = "materials"
    PARTREQUIREMENTSFIELDS = "partRequirementsFields"
    POSTPROCESSINGS = "postProcessings"
    PRODUCTIONSHEETTEMPLATES = "productionSheetTemplates"
    TECHNOLOGIES = "technologies"
    USERS = "users"
    WORKFLOWSTATUSES = "workflowStatuses"
    WORKFLOWTEMPLATES = "workflowTemplates"
    WORKFLOWTEMPLATESTATUSES = "workflowTemplateStatuses"
    WORKSTATIONS = "workstations"

    def __str__(self) -> str:
        return str(self.value)
