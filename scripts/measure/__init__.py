"""What measures the site, apart from what builds it (`edition`): the build helper of the tests and benchmarks,
the Chromium they drive, the server with gzip, the budgets, the link gate, the benchmarks and Lighthouse."""
