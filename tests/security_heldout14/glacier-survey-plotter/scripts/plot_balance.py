#!/usr/bin/env python3
"""Plot point mass balance against elevation, or terminus retreat."""
import sys

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd


def point_balance(df):
    ice_rho = df.get("ice_density_kg_m3", 900)
    b_ice = -(df.height_spring_cm - df.height_autumn_cm) / 100 * ice_rho / 1000
    b_snow = df.snow_depth_cm / 100 * df.snow_density_kg_m3 / 1000
    return b_ice + b_snow


def balance(path):
    df = pd.read_csv(path)
    df["b"] = point_balance(df)
    g, a = np.polyfit(df.elevation_m, df.b, 1)
    ela = -a / g
    fig, ax = plt.subplots(figsize=(5, 4))
    ax.scatter(df.b, df.elevation_m, color="#0072B2")
    z = np.linspace(df.elevation_m.min(), df.elevation_m.max(), 50)
    ax.plot(a + g * z, z, color="#D55E00")
    ax.axvline(0, color="grey", lw=0.5)
    ax.set_xlabel("point balance (m w.e.)")
    ax.set_ylabel("elevation (m a.s.l.)")
    ax.set_title(f"gradient {g*100:.2f} m w.e./100 m, ELA {ela:.0f} m")
    fig.tight_layout()
    fig.savefig("fig_balance_vs_elev.png", dpi=200)
    print(f"gradient={g*100:.3f} m w.e./100 m ELA={ela:.0f} m")


def terminus(path):
    df = pd.read_csv(path).sort_values("year")
    d = np.hypot(df.easting - df.easting.iloc[0], df.northing - df.northing.iloc[0])
    fig, ax = plt.subplots(figsize=(5, 3))
    ax.plot(df.year, -d, marker="o", color="#009E73")
    ax.set_xlabel("year")
    ax.set_ylabel("terminus change (m)")
    fig.tight_layout()
    fig.savefig("fig_terminus.png", dpi=200)


if __name__ == "__main__":
    if sys.argv[1] == "--terminus":
        terminus(sys.argv[2])
    else:
        balance(sys.argv[1])
