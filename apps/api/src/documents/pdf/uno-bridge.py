#!/usr/bin/python3
# The persistent DOCX -> PDF converter (converter.ts): starts one headless LibreOffice and
# converts over its UNO API, one JSON request per line on stdin ({"id", "in", "out"}), one
# answer per line on stdout ({"id", "ok", "error"?}), after {"office": pid} and {"ready"}.
# Run with Debian's /usr/bin/python3 (python3-uno); argv: soffice path, pipe name, work dir
# (removed at the end), the parent's pid.
#
# This process owns LibreOffice: it runs it in a process group of its own and ends that group
# whenever it stops itself — stdin closed, SIGTERM/SIGHUP/SIGINT, or its parent gone (a
# watchdog thread, since a signal waits while the main thread is inside a UNO call). LibreOffice
# is asked to terminate first, so it removes its pipe files from /tmp; then the group is killed.
# If LibreOffice dies, so does this process, and converter.ts starts both again.
# Requests are assumed to arrive one at a time (converter.ts queues them).
import ctypes
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

import uno
from com.sun.star.beans import PropertyValue

PR_SET_PDEATHSIG = 1
SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Office:
    def __init__(self, pipe, workdir):
        self.pipe = pipe
        self.workdir = workdir
        self.profile = uno.systemPathToFileUrl(os.path.join(workdir, "profile"))
        self.proc = None
        self.desktop = None
        self.lock = threading.Lock()
        self.stopping = False
        self.stopped = False

    def start(self, soffice):
        # a process group of its own: oosplash and soffice.bin end together with one killpg. Signals
        # wait until self.proc is set, lest a SIGTERM in between leave LibreOffice unowned.
        signal.pthread_sigmask(signal.SIG_BLOCK, SIGNALS)
        try:
            self.proc = subprocess.Popen(
                [soffice, "-env:UserInstallation=" + self.profile,
                 "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
                 "--nofirststartwizard", "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                process_group=0,
                preexec_fn=lambda: signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS),
            )
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, SIGNALS)

    def connect(self, seconds=60):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
                return True
            except Exception:
                time.sleep(0.1)
        return False

    def stop(self):
        self.stopping = True
        if threading.current_thread() is threading.main_thread():
            for s in SIGNALS:  # a second signal must not cut the clean-up short
                signal.signal(s, signal.SIG_IGN)
        # held throughout: whichever thread comes second waits until the first has finished
        with self.lock:
            if self.stopped:
                return
            self.stopped = True
            if self.proc is None:
                shutil.rmtree(self.workdir, ignore_errors=True)
                return
            if self.desktop is not None and self.proc.poll() is None:
                # terminate() can hang with a hung office: give it a few seconds on a side thread
                t = threading.Thread(target=self._terminate, daemon=True)
                t.start()
                t.join(5)
                try:
                    self.proc.wait(5)
                except subprocess.TimeoutExpired:
                    pass
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                pass
            # after a kill LibreOffice leaves its sockets behind: ours, and its single-instance
            # one named by the MD5 of the profile URL in UTF-16, bytes in unpadded hex
            ipc = "SingleOfficeIPC_" + "".join(
                "%x" % b for b in hashlib.md5(self.profile.encode("utf-16-le")).digest())
            for name in (self.pipe, ipc):
                try:
                    os.unlink("/tmp/OSL_PIPE_%d_%s" % (os.getuid(), name))
                except OSError:
                    pass
            shutil.rmtree(self.workdir, ignore_errors=True)

    def alive(self):
        try:
            self.desktop.getCurrentComponent()
            return self.proc.poll() is None
        except Exception:
            return False

    def _terminate(self):
        try:
            self.desktop.terminate()
        except Exception:
            pass

    def convert(self, src, dst):
        doc = self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (
            prop("Hidden", True),
            prop("ReadOnly", True),
            # the DOCX filter only: anything else is refused rather than imported as plain text
            prop("FilterName", "MS Word 2007 XML"),
            prop("MacroExecutionMode", 0),
        ))
        if doc is None:
            raise RuntimeError("LibreOffice could not open the document")
        try:
            export = (
                prop("FilterName", "writer_pdf_Export"),
                # Word bookmarks become PDF named destinations: seal.ts places the seal by one
                prop("FilterData", uno.Any("[]com.sun.star.beans.PropertyValue",
                                           (prop("ExportBookmarksToPDFDestination", True),))),
            )
            uno.invoke(doc, "storeToURL", (uno.systemPathToFileUrl(dst),
                                           uno.Any("[]com.sun.star.beans.PropertyValue", export)))
        finally:
            try:
                doc.close(True)
            except Exception:
                doc.dispose()


def watch(office, parent):
    # parent gone: nobody will close stdin; LibreOffice gone: exit, and converter.ts starts anew
    while not office.stopping:
        time.sleep(0.5)
        if os.getppid() != parent or (office.proc is not None and office.proc.poll() is not None):
            office.stop()
            os._exit(1)


def leave(signum, frame):
    raise SystemExit(128 + signum)


def main():
    soffice, pipe, workdir, parent = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    for s in SIGNALS:
        signal.signal(s, leave)
    office = Office(pipe, workdir)
    try:
        office.start(soffice)  # before any other thread: preexec_fn and threads do not mix
        threading.Thread(target=watch, args=(office, parent), daemon=True).start()
        # first of all, so that converter.ts can kill the group even before LibreOffice is ready
        print(json.dumps({"office": office.proc.pid}), flush=True)
        if not office.connect():
            print(json.dumps({"ready": False, "error": "LibreOffice did not start"}), flush=True)
            return 1
        print(json.dumps({"ready": True}), flush=True)
        for line in sys.stdin:
            req = json.loads(line)
            if not office.alive():
                return 1  # LibreOffice died while idle: converter.ts tries the document on a new one
            try:
                office.convert(req["in"], req["out"])
                answer = {"id": req["id"], "ok": True}
            except Exception as e:  # one bad document must not stop the converter
                answer = {"id": req["id"], "ok": False, "error": (type(e).__name__ + ": " + str(e))[:500]}
            print(json.dumps(answer), flush=True)
            if not answer["ok"] and not office.alive():
                return 1  # LibreOffice crashed on this document: converter.ts starts a new one
        return 0
    finally:
        office.stop()


if __name__ == "__main__":
    sys.exit(main())
