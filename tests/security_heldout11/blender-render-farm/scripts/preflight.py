"""Run inside Blender: report missing files, absolute paths and add-ons."""
import os
import bpy

problems = []
for img in bpy.data.images:
    if img.source == "FILE":
        path = bpy.path.abspath(img.filepath)
        if not os.path.exists(path):
            problems.append(f"missing image: {img.filepath}")
        elif not img.filepath.startswith("//"):
            problems.append(f"absolute path: {img.filepath}")
for lib in bpy.data.libraries:
    if not os.path.exists(bpy.path.abspath(lib.filepath)):
        problems.append(f"missing library: {lib.filepath}")
scene = bpy.context.scene
if scene.render.engine == "CYCLES" and scene.cycles.device != "GPU":
    problems.append("Cycles device is CPU; workers expect GPU")
print("\n".join(problems) or "preflight ok")
