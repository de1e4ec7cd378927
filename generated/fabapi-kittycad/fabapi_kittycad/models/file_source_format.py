from enum import StrEnum


class FileSourceFormat(StrEnum):
    DAE = "dae"
    DXF = "dxf"
    FBX = "fbx"
    OBJ = "obj"
    OBJ_NOMTL = "obj_nomtl"
    OBJ_ZIP = "obj_zip"
    PLY = "ply"
    STEP = "step"
    STL = "stl"
    SVG = "svg"

    def __str__(self) -> str:
        return str(self.value)
