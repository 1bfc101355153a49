"""Writes the net of every pad of a KiCad board as KiCad 9's pcbnew reads it: {"net name": [["R1", "2"], ...]}.

Run by BoardMatchesPcbnewTests with the Debian python that carries KiCad's pcbnew module:
    /usr/bin/python3 pad_nets.py BOARD.kicad_pcb OUT.json
Pads without a number or without a net are left out. The board is only read, never saved.
"""
import json
import sys

import pcbnew

board = pcbnew.LoadBoard(sys.argv[1])
nets = {}
for footprint in board.GetFootprints():
    reference = footprint.GetReference()
    for pad in footprint.Pads():
        number = pad.GetNumber()
        name = pad.GetNetname()
        if number and name:
            nets.setdefault(name, set()).add((reference, number))

with open(sys.argv[2], "w", encoding="utf-8") as out:
    json.dump({name: sorted(nodes) for name, nodes in sorted(nets.items())}, out, ensure_ascii=False)
