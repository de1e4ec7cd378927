from enum import StrEnum


class File3DSourceFormat(StrEnum):
    DAE = "dae"
    DXF = "dxf"
    FBX = "fbx"
    OBJ = "obj"
    OBJ_NOMTL = "obj_nomtl"
    OBJ_ZIP = "obj_zip"
    PLY = "ply"
    STEP = "step"
    STL = "stl"

    def __str__(self) -> str:
        return str(self.value)
