"""Which packages the wheel holds; everything else about the project is in pyproject.toml.

The data files live in the top-level resources/ folder and install as the package data
canvas_editor/resources/, where canvas_editor/resource_files.py finds them. Each
subfolder of resources/ is listed as a package of its own (setuptools warns about data
in a folder that Python could import but `packages` does not name), so a new subfolder
ships without a change here. pyproject.toml cannot say this: its package discovery
finds no folder outside the package's own.
"""

from setuptools import find_namespace_packages, setup

RESOURCES = "canvas_editor.resources"

setup(
    packages=[
        *find_namespace_packages(include=["canvas_editor", "canvas_editor.*"]),
        RESOURCES,
        *(f"{RESOURCES}.{sub}" for sub in find_namespace_packages(where="resources")),
    ],
    package_dir={RESOURCES: "resources"},
    package_data={RESOURCES: ["**/*"]},
)
