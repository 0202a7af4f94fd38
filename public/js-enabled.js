// Marks the page as scripted before it first paints, so controls that need scripts take their place
// at once instead of shifting the page when they appear.
document.documentElement.classList.add('js');
