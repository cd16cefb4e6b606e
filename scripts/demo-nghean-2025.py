#!/usr/bin/env python3
"""Writes src/main/resources/demo/province-units.csv and demo/unit-changes.csv (SPEC 8) from the shared data files
../shared/data/nghe-an-communes-2025.csv and nghe-an-merger-2025.csv (items 20-25: the former Do Luong district).

    python3 scripts/demo-nghean-2025.py [path/to/shared/data]

A predecessor's code is XA- + its name without diacritics and spaces (the town: XA-DOLUONG-TT), as in demo/units.csv.
A new commune whose code is one of its predecessors' (Bach Ngoc) is that unit carrying on: it keeps its start of 2021."""
import csv
import os
import sys
import unicodedata

DATA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data')
OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'demo')
CHANGE_DATE = '2025-07-01'
BASIS = '1678/NQ-UBTVQH15'
ITEMS = range(20, 26)

# The provincial People's Committee office and its departments (codes agreed with the 2026-2030 plan's tasks).
PROVINCE = [
    ('TINH-NGHEAN', 'UBND tỉnh Nghệ An', 'PROVINCE', ''),
    ('VP-UBND', 'Văn phòng UBND tỉnh', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-NOIVU', 'Sở Nội vụ', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-TUPHAP', 'Sở Tư pháp', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-TAICHINH', 'Sở Tài chính', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-XAYDUNG', 'Sở Xây dựng', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-NNMT', 'Sở Nông nghiệp và Môi trường', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-CONGTHUONG', 'Sở Công Thương', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-GDDT', 'Sở Giáo dục và Đào tạo', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-YTE', 'Sở Y tế', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-VHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-KHCN', 'Sở Khoa học và Công nghệ', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-DANTOC', 'Sở Dân tộc và Tôn giáo', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('SO-NGOAIVU', 'Sở Ngoại vụ', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('THANHTRA', 'Thanh tra tỉnh', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('TTPVHCC', 'Trung tâm Phục vụ hành chính công tỉnh', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('BQL-KKT', 'Ban Quản lý Khu kinh tế Đông Nam Nghệ An', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('CA-TINH', 'Công an tỉnh', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('THUE-TINH', 'Thuế tỉnh Nghệ An', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('BHXH-TINH', 'Bảo hiểm xã hội tỉnh', 'DEPARTMENT', 'TINH-NGHEAN'),
    ('VP-DDBQH-HDND', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'DEPARTMENT', 'TINH-NGHEAN'),
]
DISTRICT_DEPARTMENTS = ['PB-VP', 'PB-NOIVU', 'PB-TUPHAP', 'PB-TCKH', 'PB-KTHT', 'PB-TNMT', 'PB-LDTBXH', 'PB-VHTT',
                        'PB-GDDT', 'PB-YTE', 'PB-NNPTNT', 'PB-TTRA']


def code_of(name, kind):
    if kind == 'thi_tran':
        return 'XA-DOLUONG-TT'
    plain = ''.join(c for c in unicodedata.normalize('NFD', name.replace('Đ', 'D').replace('đ', 'd'))
                    if unicodedata.category(c) != 'Mn')
    return 'XA-' + plain.upper().replace(' ', '')


def main():
    with open(os.path.join(DATA, 'nghe-an-communes-2025.csv'), encoding='utf-8') as f:
        communes = list(csv.DictReader(f))
    with open(os.path.join(DATA, 'nghe-an-merger-2025.csv'), encoding='utf-8') as f:
        merger = [r for r in csv.DictReader(f) if int(r['item']) in ITEMS]
    merges = {}
    for r in merger:
        merges.setdefault((r['successor_code'], r['successor_name']), []).append(
            code_of(r['predecessor_name'], r['predecessor_kind']))
    carrying_on = {s for (s, _), preds in merges.items() if s in preds}
    assert len(communes) == 130, len(communes)
    assert sum(len(p) for p in merges.values()) == 32

    with open(os.path.join(OUT, 'province-units.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['unit_code', 'name', 'type', 'parent_code', 'active_from', 'active_to'])
        for code, name, kind, parent in PROVINCE:
            w.writerow([code, name, kind, parent, CHANGE_DATE, ''])
        for c in communes:
            # a commune that carries one of its predecessors on keeps that unit's start
            w.writerow([c['unit_code'], c['name'], c['type'], 'TINH-NGHEAN',
                        '2021-01-01' if c['unit_code'] in carrying_on else CHANGE_DATE, ''])

    with open(os.path.join(OUT, 'unit-changes.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['change_date', 'kind', 'predecessors', 'successor_code', 'successor_name', 'successor_type',
                    'legal_basis'])
        for (code, name), preds in merges.items():
            w.writerow([CHANGE_DATE, 'MERGE', ';'.join(preds), code, name, 'COMMUNE', BASIS])
        w.writerow([CHANGE_DATE, 'ABOLISH', 'DISTRICT', 'TINH-NGHEAN', '', '', BASIS])
        w.writerow([CHANGE_DATE, 'ABOLISH', ';'.join(DISTRICT_DEPARTMENTS), 'SO-NOIVU', '', '', BASIS])


if __name__ == '__main__':
    main()
