// Runs before first paint: apply the theme the reader chose last time ("light" or "dark"); none means follow the system.
try {
	var theme = localStorage.getItem('theme');
	if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
	// Storage can be blocked (private mode, strict settings): fall back to the system theme.
}
