"""The pipeline for one vendor: source + overlay -> curated spec -> package and mock models.

Everything is built into a staging tree first (`build`), then either copied over
the repository (`install`) or compared with it (`codegen.drift`). Building in a
fresh directory every time is what makes two runs byte-identical: no stale
files, no caches, same tool configuration discovery.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError

from codegen import evidence, known_values, layout, loss, names, package_files, resources
from codegen.errors import GenerationLoss, GeneratorFailed, PipelineError
from codegen.normalise import Normalised, normalise
from codegen.overlay import apply_overlay
from codegen.twins import OVERLAY_ASYNC, OVERLAY_SYNC, is_twin, overlay_header, twin_source
from codegen.validation import check_confidence, validate_openapi
from registry.documents import dump_document, load_document
from registry.vendors import REPO_ROOT, Vendor

TEMPLATES = Path(__file__).resolve().parent / "templates"
GENERATORS = ("openapi-python-client", "datamodel-code-generator", "ruff")
CURATED_HEADER = (
    "# Written by the fabapi pipeline from source.yaml + overlay.yaml: do not edit.\n"
    "# Change the source or the overlay, then run `nox -s generate`."
)
# The file the hand-written layer must provide; the generated __init__ imports it.
ENTRY_MODULE = "_public.py"


@dataclass(frozen=True)
class Outputs:
    """Where one vendor's outputs sit, relative to a root (the repo or a staging tree)."""

    curated: Path
    package: Path
    mock_models: Path

    @staticmethod
    def of(vendor: Vendor) -> Outputs:
        rel = Path(".")
        return Outputs(
            curated=vendor.spec_dir(rel) / "openapi.yaml",
            package=vendor.package_dir(rel),
            mock_models=vendor.mock_models(rel),
        )


def _ruff_bin() -> str:
    # The pinned ruff of this environment, not whatever is first on PATH.
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def run_ruff(*args: str, cwd: Path) -> None:
    """The pinned ruff on `args` in `cwd`; `GeneratorFailed` with its output when it fails."""
    result = subprocess.run([_ruff_bin(), *args, "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GeneratorFailed(f"ruff {' '.join(args)} failed in {cwd}:\n{result.stdout}{result.stderr}")


def pinned_names(vendor: Vendor, root: Path = REPO_ROOT) -> names.Names | None:
    """The vendor's `names.yaml`, or None where it has none (every name then derived)."""
    path = vendor.spec_dir(root) / names.FILE
    return names.load_names(path) if path.exists() else None


def operation_names(vendor: Vendor, spec: dict[str, Any], root: Path = REPO_ROOT) -> dict[str, names.OperationPin]:
    """Each operation's public names in the curated `spec`: pinned in names.yaml, or derived for an
    operation the overlay adds (curation already) or a vendor without names.yaml."""
    pins = pinned_names(vendor, root)
    return {**names.derive(spec), **(pins.operations if pins else {})}


def curate(vendor: Vendor, root: Path = REPO_ROOT) -> dict[str, Any]:
    """Validate the source, put it in the canonical layout (`codegen.layout`; fetch reports what that
    rewrites, when a new document comes in) and its pinned public names, apply the overlay, validate the
    result; PROVENANCE.md must back every operation's confidence."""
    spec_dir = vendor.spec_dir(root)
    source_path = spec_dir / "source.yaml"
    overlay_path = spec_dir / "overlay.yaml"
    source = load_document(source_path)
    validate_openapi(source, source_path)
    overlay = load_document(overlay_path) if overlay_path.exists() else None
    # Not in the package's stats: two layouts of one document must give the same package, byte for byte.
    laid = layout.laid_out(source, overlay, overlay_path).document
    public = names.in_public_names(laid, spec_dir)
    curated = apply_overlay(public, overlay, overlay_path) if overlay is not None else public
    validate_openapi(curated, overlay_path)
    check_confidence(curated, overlay_path)
    evidence.check_vendor(vendor.key, curated, spec_dir)
    return curated


def _generator_config(vendor: Vendor, document: Path, output: Path) -> Config:
    ruff = _ruff_bin()
    config_file = ConfigFile(
        project_name_override=vendor.package,
        package_name_override=vendor.module,
        package_version_override=vendor.version,
        post_hooks=[f"{ruff} check --fix-only --no-cache .", f"{ruff} format --no-cache ."],
    )
    return Config.from_sources(config_file, MetaType.UV, document, "utf-8", False, output)


def _generate_package(
    vendor: Vendor, spec: dict[str, Any], document: Path, project_dir: Path, root: Path
) -> list[loss.Loss]:
    """The package from `spec` (the normalised document, written at `document`); returns what it lost."""
    config = _generator_config(vendor, document, project_dir)
    data = GeneratorData.from_dict(spec, config=config)
    if isinstance(data, GeneratorError):
        raise GeneratorFailed(f"openapi-python-client could not read {document}: {data.header} {data.detail}")
    project = Project(openapi=data, custom_template_path=TEMPLATES, config=config)
    project.env.filters["with_known_values"] = known_values.ModelDocs(spec)
    project.env.globals.update(package_files.template_globals(vendor, spec, root))
    problems = project.build()
    errors = [p for p in problems if p.level == ErrorLevel.ERROR]
    if errors:
        details = "\n".join(f"- {e.header}: {e.detail}" for e in errors)
        raise GeneratorFailed(f"openapi-python-client failed on {vendor.key}:\n{details}")
    package_files.copy_licence(project_dir)
    package_dir = project_dir / vendor.module
    losses = loss.package_losses(spec, config, data, problems, package_dir)
    groups = resources.collect(spec, data, operation_names(vendor, spec, root))
    resources_dir = package_dir / "_resources"
    resources_dir.mkdir()
    for name, text in resources.render(groups, data, vendor.title).items():
        (resources_dir / name).write_text(text, encoding="utf-8")
    run_ruff("check", "--fix-only", "--select", "F401,I", "_resources", cwd=package_dir)
    run_ruff("format", "_resources", cwd=package_dir)
    return losses


def _stamp(package_dir: Path, vendor: Vendor) -> None:
    """Says in every generated module where it comes from, so no one edits it by hand."""
    stamp = (
        f"# Generated by the fabapi pipeline from specs/{vendor.key}/openapi.yaml: do not edit.\n"
        "# Change the spec, its overlay or codegen/templates, then run `nox -s generate`.\n"
    )
    for path in sorted(package_dir.rglob("*.py")):
        path.write_text(stamp + path.read_text(encoding="utf-8"), encoding="utf-8")


PROFILE_MODULE = "_vendor.py"


def _constant(setting: str) -> str:
    return f"ENV_{setting.upper()}"


def _variables(names: tuple[str, ...]) -> str | tuple[str, ...]:
    # One name stays a string; several are the tuple a client tries in order.
    return names[0] if len(names) == 1 else names


def vendor_profile(vendor: Vendor) -> str:
    """The package's `_vendor.py`: its registry entry as the `VendorProfile` its clients are built from,
    plus the default base URL and environment variable names as constants (a tuple, current name
    first, where a setting has several)."""
    env = {name: _variables(names) for name, names in {**vendor.env, **vendor.optional_env}.items()}
    default = vendor.base_url if vendor.base_url_default else None
    lines = [
        "# Generated by the fabapi pipeline from specs/vendors.toml: do not edit.",
        f"# Change the [{vendor.key}] entry there, then run `nox -s generate`.",
        f'"""{vendor.title} as the vendor registry describes it: what every client of this package is built from."""',
        "",
        "from typing import Final",
        "",
        "from fabapi_core import VendorProfile",
        "",
        f"__version__: Final = {vendor.version!r}",
        f"DEFAULT_BASE_URL: Final = {default!r}",
        *(f"{_constant(name)}: Final = {variable!r}" for name, variable in env.items()),
        "",
        "PROFILE: Final = VendorProfile(",
        f"    title={vendor.title!r},",
        f"    package={vendor.package!r},",
        "    version=__version__,",
        "    base_url=DEFAULT_BASE_URL,",
        f"    env={{{', '.join(f'{name!r}: {_constant(name)}' for name in env)}}},",
        f"    auth={vendor.auth!r},",
        f"    timeout={vendor.timeout!r},",
        *([] if vendor.base_url_default else [f"    base_url_example={vendor.base_url!r},"]),
        ")",
    ]
    return "\n".join(lines) + "\n"


def _write_profile(vendor: Vendor, package_dir: Path) -> None:
    (package_dir / PROFILE_MODULE).write_text(vendor_profile(vendor), encoding="utf-8")
    run_ruff("format", PROFILE_MODULE, cwd=package_dir)


def copied_header(vendor: Vendor, relative: Path) -> str:
    """The first line of an overlay module in the package: where to edit it."""
    if is_twin(relative):
        # A sync twin already starts with the line naming its async source; it is copied as it is.
        return overlay_header(Path("overlays") / vendor.key).format(source=twin_source(relative).as_posix())
    source = (Path("overlays") / vendor.key / relative).as_posix()
    return f"# Copied from {source} by the fabapi pipeline: edit it there, then run `nox -s generate`.\n"


def _layer_overlays(vendor: Vendor, package_dir: Path, root: Path) -> None:
    """Copy hand-written modules in, each saying where it came from; refuse to overwrite anything the
    generator wrote."""
    source = vendor.overlay_dir(root)
    if not (source / ENTRY_MODULE).is_file():
        raise PipelineError(f"{source / ENTRY_MODULE}: missing; it must define the entry points and __all__")
    if (source / OVERLAY_SYNC).exists() and not (source / OVERLAY_ASYNC).is_dir():
        raise PipelineError(f"{source / OVERLAY_SYNC}: sync twins without {OVERLAY_ASYNC}/ to generate them from")
    for path in sorted(source.rglob("*")):
        if "__pycache__" in path.parts or path.is_dir():
            continue
        target = package_dir / path.relative_to(source)
        if target.exists() or target.relative_to(package_dir).parts[0] in {"api", "models"}:
            raise PipelineError(f"{path}: would overwrite the generated {target.relative_to(package_dir)}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".py" and not is_twin(path.relative_to(source)):
            text = path.read_text(encoding="utf-8")
            target.write_text(copied_header(vendor, path.relative_to(source)) + text, encoding="utf-8")
        else:
            shutil.copyfile(path, target)


def _start_mock_models(document: Path, output: Path) -> subprocess.Popen[str]:
    output.parent.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "datamodel_code_generator",
        "--input", str(document), "--input-file-type", "openapi",
        "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
        "--disable-timestamp", "--use-annotated", "--field-constraints", "--use-union-operator",
        "--strict-nullable", "--formatters", "ruff-format", "ruff-check",
        "--output", str(output),
    ]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=document.parent)


def _finish_mock_models(process: subprocess.Popen[str], document: Path) -> None:
    _, stderr = process.communicate()
    if process.returncode != 0:
        raise GeneratorFailed(f"datamodel-code-generator failed on {document}:\n{stderr}")


def _stats(
    vendor: Vendor,
    curated: dict[str, Any],
    curated_bytes: bytes,
    normalised: Normalised,
    excluded: list[loss.Exclusion],
) -> str:
    operations = [
        op
        for item in curated.get("paths", {}).values()
        for method, op in item.items()
        if method in resources.HTTP_METHODS
    ]
    stats = {
        "vendor": vendor.key,
        "spec": f"specs/{vendor.key}/openapi.yaml",
        "spec_sha256": hashlib.sha256(curated_bytes).hexdigest(),
        "paths": len(curated.get("paths", {})),
        "operations": len(operations),
        "unsafe_operations": sorted(op["operationId"] for op in operations if op.get("x-fabapi-unsafe")),
        "confidence": evidence.counts(curated),
        "schemas": len(curated.get("components", {}).get("schemas", {})),
        "generators": {name: version(name) for name in GENERATORS},
        # What openapi-python-client was given instead of the curated form (codegen/normalise.py).
        "normalised": [rewrite.as_json() for rewrite in normalised.rewrites],
        # What the curation accepts that a generator drops, and why (codegen/loss.py).
        "excluded": [exclusion.as_json() for exclusion in excluded],
    }
    return json.dumps(stats, indent=2, sort_keys=True) + "\n"


def build(vendor: Vendor, staging: Path, root: Path = REPO_ROOT) -> Outputs:
    """Build every output of `vendor` under `staging`; returns their relative paths. `GenerationLoss` when a
    generator dropped or degraded a part of the spec that the overlay does not exclude."""
    outputs = Outputs.of(vendor)
    curated = curate(vendor, root)
    curated_text = dump_document(curated, CURATED_HEADER)
    normalised = normalise(curated)
    # The generators read a file named openapi.yaml in a directory of its own, so the names they
    # record are the same in every run: the curated document for the mock, the normalised one for the client.
    workdir = staging / ".work" / vendor.key
    (workdir / "client").mkdir(parents=True)
    document = workdir / "openapi.yaml"
    document.write_text(curated_text, encoding="utf-8")
    client_document = document
    if normalised.rewrites:
        client_document = workdir / "client" / "openapi.yaml"
        # Only its name is recorded (the client generator reads the dict, never this file): JSON, which is
        # YAML too, written in a fraction of the time a YAML dump of a large document takes.
        client_document.write_text(json.dumps(normalised.document, indent=1, ensure_ascii=False, default=str),
                                   encoding="utf-8")  # fmt: skip
    (staging / outputs.curated).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(document, staging / outputs.curated)
    # The mock's generator runs in its own process meanwhile.
    mock = _start_mock_models(document, staging / outputs.mock_models)
    project_dir = staging / outputs.package
    project_dir.parent.mkdir(parents=True, exist_ok=True)
    try:
        losses = [
            loss.Loss(normalised.origin(found.pointer), found.what, found.reason)
            for found in _generate_package(vendor, normalised.document, client_document, project_dir, root)
        ]
    except BaseException:
        mock.kill()
        mock.communicate()
        raise
    _finish_mock_models(mock, document)
    losses += loss.mock_losses(curated, staging / outputs.mock_models)
    excluded = loss.exclusions(curated)
    left, stale = loss.unexcluded(losses, excluded)
    if left or stale:
        raise GenerationLoss(
            vendor.key, [f"{found} [{found.pointer}]" for found in left], [f"{e.pointer}: {e.reason}" for e in stale]
        )
    _stamp(project_dir / vendor.module, vendor)
    _write_profile(vendor, project_dir / vendor.module)
    _layer_overlays(vendor, project_dir / vendor.module, root)
    stats = _stats(vendor, curated, curated_text.encode(), normalised, excluded)
    (project_dir / "stats.json").write_text(stats, encoding="utf-8")
    shutil.rmtree(staging / ".work")
    return outputs


# Caches that tools run on a checkout leave behind; never outputs of the pipeline.
_TOOL_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache"})


def files_of(outputs: Outputs, root: Path) -> dict[str, Path]:
    """Every output file under `root`, keyed by repository-relative path."""
    found: dict[str, Path] = {}
    for single in (outputs.curated, outputs.mock_models):
        if (root / single).is_file():
            found[single.as_posix()] = root / single
    package = root / outputs.package
    if package.is_dir():
        for path in sorted(package.rglob("*")):
            if path.is_file() and not _TOOL_CACHES.intersection(path.parts):
                found[path.relative_to(root).as_posix()] = path
    return found


def install(outputs: Outputs, staging: Path, root: Path = REPO_ROOT) -> None:
    """Replace the repository's outputs with the staged ones."""
    target_package = root / outputs.package
    if target_package.exists():
        shutil.rmtree(target_package)
    shutil.copytree(staging / outputs.package, target_package)
    for single in (outputs.curated, outputs.mock_models):
        (root / single).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(staging / single, root / single)
