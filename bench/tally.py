# The yardstick of `atazan tally`: column sums of a zipped protocol CSV with the standard library only.
import csv, io, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z, z.open(z.namelist()[0]) as f:
    rows = csv.reader(io.TextIOWrapper(f, encoding="utf-8"))
    header, sums, n = next(rows), [0] * 6, 0
    for row in rows:
        n += 1
        for i in range(6): sums[i] += int(row[4 + i])
print("stations", n, ", ".join(f"{h} {s}" for h, s in zip(["registered", "issued", "in boxes", "invalid", "yes", "no"], sums)))
