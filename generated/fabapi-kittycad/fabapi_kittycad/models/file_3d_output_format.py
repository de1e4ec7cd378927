from enum import StrEnum


class File3DOutputFormat(StrEnum):
    DAE = "dae"
    FBX = "fbx"
    FBXB = "fbxb"
    OBJ = "obj"
    OBJ_NOMTL = "obj_nomtl"
    PLY = "ply"
    STEP = "step"
    STL = "stl"

    def __str__(self) -> str:
        return str(self.value)
