"""Which of this machine's networks a shared workshop listens on.

A laptop in a workshop room is often on more than one network (the venue's Wi-Fi, a
cable, a phone's hotspot): the facilitator picks the one the participants are on in the
Share Workshop dialog, and the choice is remembered. The room never listens on every
interface; "this computer only" (loopback) is offered last, for trying the page out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

SETTING = "share/address"


def network_choices() -> list[tuple[str, str]]:
    """(label, IPv4 address) for every interface that is up: networks first, loopback last."""
    networks: list[tuple[str, str]] = []
    loopback: list[tuple[str, str]] = []
    up = QNetworkInterface.InterfaceFlag.IsUp | QNetworkInterface.InterfaceFlag.IsRunning
    for interface in QNetworkInterface.allInterfaces():
        if (interface.flags() & up) != up:
            continue
        is_loopback = bool(interface.flags() & QNetworkInterface.InterfaceFlag.IsLoopBack)
        for entry in interface.addressEntries():
            ip = entry.ip()
            if ip.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
                continue
            address = ip.toString()
            if is_loopback:
                label = QCoreApplication.translate("Share", "This computer only ({address})")
                loopback.append((label.format(address=address), address))
            else:
                networks.append((f"{interface.humanReadableName()} ({address})", address))
    return networks + loopback


def preferred_address(settings: QSettings, choices: list[tuple[str, str]]) -> str:
    """The address the facilitator picked last, while this machine still has it; else
    the one the system routes the LAN through."""
    from canvas_editor.live.access import lan_address

    picked = settings.value(SETTING, "", type=str)
    if picked and picked in {address for _, address in choices}:
        return str(picked)
    return lan_address()


def remember(settings: QSettings, address: str) -> None:
    settings.setValue(SETTING, address)
