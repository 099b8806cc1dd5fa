# Query latency against corpus size, from the table the speed benchmark writes.
# Usage: gnuplot -e "data='bench/results/speed-latency.tsv'; out='bench/results/speed-latency.png'" bench/plot-speed.gp
if (!exists("data")) data = 'bench/results/speed-latency.tsv'
if (!exists("out")) out = 'bench/results/speed-latency.png'
set terminal pngcairo size 1000,600 font "sans,10" noenhanced
set output out
set datafile separator "\t"
set key autotitle columnhead outside right top
set title "Query latency against corpus size (one question at a time, warm; log scales)"
set xlabel "documents in the store"
set ylabel "milliseconds"
set logscale xy
set format x "%.0s%c"
set grid xtics ytics mxtics mytics
plot data using 1:2 with linespoints lw 2 pt 7 lc rgb "#08519c", \
     '' using 1:3 with linespoints lw 1 pt 6 dt 2 lc rgb "#08519c", \
     '' using 1:4 with linespoints lw 2 pt 5 lc rgb "#a50f15", \
     '' using 1:5 with linespoints lw 1 pt 4 dt 2 lc rgb "#a50f15", \
     '' using 1:6 with linespoints lw 2 pt 9 lc rgb "#525252", \
     '' using 1:7 with linespoints lw 1 pt 8 dt 2 lc rgb "#525252"
