#!/usr/bin/python3
# The persistent DOCX -> PDF converter: starts one headless LibreOffice and converts over its
# UNO API, one request per line on stdin ({"id", "in", "out"}), one answer per line on stdout
# ({"id", "ok", "error"?}). Run with Debian's /usr/bin/python3 and python3-uno.
# argv: soffice path, pipe name, profile URL. When stdin closes or the parent dies, LibreOffice
# goes too: no orphans.
import ctypes
import json
import signal
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

PR_SET_PDEATHSIG = 1


def die_with_parent():
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    die_with_parent()
    soffice, pipe, profile = sys.argv[1], sys.argv[2], sys.argv[3]
    office = subprocess.Popen(
        [soffice, "-env:UserInstallation=" + profile, "--headless", "--invisible", "--nologo", "--norestore",
         "--nodefault", "--nolockcheck", "--nofirststartwizard",
         "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        preexec_fn=die_with_parent,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(600):
        if office.poll() is not None:
            break
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.1)
    if ctx is None:
        print(json.dumps({"ready": False, "error": "LibreOffice did not start"}), flush=True)
        office.kill()
        return 1
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    print(json.dumps({"ready": True}), flush=True)
    pdf_args = (
        prop("FilterName", "writer_pdf_Export"),
        # Word bookmarks become PDF named destinations: the seal is placed by one
        prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue",
                                   (prop("ExportBookmarksToPDFDestination", True),))),
    )
    for line in sys.stdin:
        req = json.loads(line)
        try:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(req["in"]), "_blank", 0,
                                               (prop("Hidden", True), prop("ReadOnly", True)))
            if doc is None:
                raise RuntimeError("the document could not be opened")
            try:
                uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(req["out"]),
                                               uno.Any("[]com.sun.star.beans.PropertyValue", pdf_args)))
            finally:
                doc.close(True)
            answer = {"id": req["id"], "ok": True}
        except Exception as e:  # one bad document must not stop the converter
            answer = {"id": req["id"], "ok": False, "error": str(e)[:500]}
        print(json.dumps(answer), flush=True)
    try:
        desktop.terminate()
    except Exception:
        pass
    try:
        office.wait(10)
    except subprocess.TimeoutExpired:
        office.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
